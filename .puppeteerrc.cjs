/** Never download a browser: tests and benchmarks use Debian's chromium and firefox-esr. */
module.exports = { skipDownload: true };

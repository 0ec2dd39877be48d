import { expect } from '@open-wc/testing';
import { fetchDataset, LoadError, type LoadFailure } from '../../src/data/fetch-dataset.js';
import { echoUrl, tinyDataset } from '../helpers/fixtures.js';

/** The failure a fetch ends with, or `null` when it succeeds. */
async function failureOf(url: string, options: Partial<Parameters<typeof fetchDataset>[1]> = {}): Promise<LoadFailure | null> {
  try {
    await fetchDataset(url, { signal: new AbortController().signal, ...options });
    return null;
  } catch (e) {
    if (e instanceof LoadError) return e.failure;
    throw e;
  }
}

describe('fetchDataset', () => {
  it('parses the JSON and reports progress to the last byte', async () => {
    const seen: [number, number | null][] = [];
    const url = echoUrl(tinyDataset, { chunks: 4, gap: 20 });
    const data = await fetchDataset(url, { signal: new AbortController().signal, onProgress: (l, t) => seen.push([l, t]) });
    expect(data).to.deep.equal(tinyDataset);
    const bytes = new TextEncoder().encode(JSON.stringify(tinyDataset)).length;
    expect(seen.length).to.be.greaterThan(1);
    expect(seen[seen.length - 1]).to.deep.equal([bytes, bytes]);
  });

  it('says which check failed: HTTP status, JSON, size (declared or streamed), time, network', async () => {
    expect(await failureOf(echoUrl('{}', { status: 404 }))).to.include({ kind: 'http', value: 404 });
    expect(await failureOf(echoUrl('{"events": ['))).to.include({ kind: 'json' });
    expect(await failureOf(echoUrl('{}', { pad: 2000 }), { maxBytes: 1000 })).to.include({ kind: 'size', value: 2002 });
    const streamed = await failureOf(echoUrl('{}', { pad: 4000, chunks: 8, gap: 30, length: 0 }), { maxBytes: 1000 });
    expect(streamed!.kind).to.equal('size');
    // Reading stops once past the limit, well before the 4,002 bytes sent (browsers may merge a few chunks).
    expect(streamed!.value).to.be.within(1001, 3000);
    expect(await failureOf(echoUrl('{}', { delay: 600 }), { timeoutMs: 150 })).to.include({ kind: 'timeout' });
    expect(await failureOf(echoUrl('{}', { chunks: 2, gap: 600 }), { timeoutMs: 300 })).to.include({ kind: 'timeout' });
    expect(await failureOf('http://127.0.0.1:9/closed.json')).to.include({ kind: 'network' });
  });

  it('sends no cookies and no referrer', async () => {
    document.cookie = 'mt-test=secret; path=/';
    try {
      const seen = (await fetchDataset('/__data/echo?cookie=1', { signal: new AbortController().signal })) as Record<string, string>;
      expect(seen).to.deep.equal({ cookie: '', referer: '' });
    } finally {
      document.cookie = 'mt-test=; path=/; max-age=0';
    }
  });

  it('rejects with the abort reason, not a load failure, when aborted', async () => {
    const controller = new AbortController();
    const pending = fetchDataset(echoUrl('{}', { delay: 300 }), { signal: controller.signal });
    controller.abort();
    const error = await pending.then(() => null, (e: unknown) => e);
    expect(error).not.to.be.instanceOf(LoadError);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});

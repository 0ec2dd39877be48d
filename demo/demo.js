// Logs every event the timelines fire, newest first.
const log = document.getElementById('log');
for (const type of ['mt-view-change', 'mt-filter-change', 'mt-select', 'mt-load', 'mt-error']) {
  document.addEventListener(type, (e) => {
    const detail = type === 'mt-select' ? { event: e.detail.event?.id ?? null } : e.detail;
    const item = document.createElement('li');
    item.textContent = `#${e.target.id || e.target.localName} ${type} ${JSON.stringify(detail)}`;
    log.prepend(item);
    while (log.children.length > 30) log.lastElementChild.remove();
  });
}

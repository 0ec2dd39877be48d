// The page the screenshot script drives: ?lang=mn&select=<event id>&theme=dark
const params = new URLSearchParams(location.search);
const el = document.querySelector('mongolia-timeline');
for (const name of ['lang', 'selected', 'partners', 'start', 'end', 'theme', 'view']) {
  const value = params.get(name === 'selected' ? 'select' : name);
  if (value) el.setAttribute(name, value);
}

// In-page measurement shared by both libraries' pages: frame times, long tasks, DOM size, paint detection.
const frames = [];
const longTasks = [];
let recording = false;
let last = 0;

function loop(now) {
  if (!recording) return;
  if (last) frames.push(now - last);
  last = now;
  requestAnimationFrame(loop);
}

try {
  new PerformanceObserver((list) => {
    if (recording) for (const e of list.getEntries()) longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
} catch {
  // Browsers without the Long Tasks API report none.
}

/** Resolves after the next frame has been painted. */
export function afterPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function startFrames() {
  frames.length = 0;
  longTasks.length = 0;
  last = 0;
  recording = true;
  requestAnimationFrame(loop);
}

export function stopFrames() {
  recording = false;
  return { frames: frames.slice(), longTasks: longTasks.slice() };
}

/** Every node in the document, shadow trees included. */
export function countNodes(root = document) {
  let n = 0;
  const walk = (node) => {
    n++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root.documentElement ?? root);
  return n;
}

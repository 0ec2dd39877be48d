// In-page measurement shared by both libraries' pages: frame timestamps, long tasks, DOM size, paint detection and
// the rAF-paced synthetic wheel gesture. Everything here is plain DOM, so both pages measure the same way.
const stamps = [];
const longTasks = [];
let recording = false;

function loop(now) {
  if (!recording) return;
  stamps.push(now);
  requestAnimationFrame(loop);
}

try {
  new PerformanceObserver((list) => {
    if (recording) for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: false });
} catch {
  // Browsers without the Long Tasks API report none.
}

// Input that reaches the page, counted at the document (capture, passive: it changes nothing), so a gesture that
// never arrived shows as such in the results.
export const inputSeen = { wheel: 0, ctrlWheel: 0, pointermove: 0 };
document.addEventListener(
  'wheel',
  (e) => {
    inputSeen.wheel++;
    if (e.ctrlKey) inputSeen.ctrlWheel++;
  },
  { capture: true, passive: true },
);
// On the window, before d3-zoom's own capturing mousemove listener (which stops the event) is added at a drag's start.
window.addEventListener('pointermove', () => inputSeen.pointermove++, { capture: true, passive: true });

let pacing = false;
/**
 * While on, calls the `benchFrame` binding (CDP Runtime.addBinding) at the start of every animation frame with the
 * frame's timestamp: the bench sends the next real input event when it hears of a new frame, one per frame.
 */
export function pace(on) {
  pacing = on;
  const tick = (now) => {
    if (!pacing) return;
    window.benchFrame?.(String(now));
    requestAnimationFrame(tick);
  };
  if (on) requestAnimationFrame(tick);
}

/** Resolves at the next animation frame, with its timestamp. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves after the next frame has been painted: a task queued from a rAF callback runs after that frame's paint. */
export function afterPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Resolves after the first frame in which `ready()` holds has been painted: checked at the start of every frame, so
 * what is in the DOM then is what that frame paints.
 */
export function paintedWhen(ready) {
  return new Promise((resolve) => {
    const check = () => (ready() ? setTimeout(resolve, 0) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
}

/** Starts recording frame timestamps (requestAnimationFrame) and long tasks. */
export function startFrames() {
  stamps.length = 0;
  longTasks.length = 0;
  recording = true;
  requestAnimationFrame(loop);
}

/** Stops recording; returns the frame timestamps and long tasks (start and duration, ms on the page's clock). */
export function stopFrames() {
  recording = false;
  return { stamps: stamps.slice(), longTasks: longTasks.slice() };
}

/** Nodes under `root` (an element or a shadow root), its own node and nested shadow trees included. */
export function countNodes(root) {
  let n = 0;
  const walk = (node) => {
    n++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  if (root) walk(root);
  return n;
}

/**
 * A zoom gesture of `steps` Ctrl+wheel events dispatched on `target` at its centre, one per animation frame: the
 * first half zooms in (negative deltaY), the second half out. With `count`, counts nodes at the start of every frame
 * (the DOM the previous step left) and returns the largest count. Reports `zoomFactor()` after the zoom-in half (a
 * check that the steps zoom). Stops at `deadline` ms and says how far it got.
 */
export function wheelGesture(
  target,
  { steps = 60, deltaY = 100, deadline = 20_000, count = null, zoomFactor = () => null } = {},
) {
  return new Promise((resolve) => {
    const box = target.getBoundingClientRect();
    const clientX = box.left + box.width / 2;
    const clientY = box.top + box.height / 2;
    const t0 = performance.now();
    let i = 0;
    let maxNodes = 0;
    let zoomAtMiddle = null;
    const step = () => {
      if (count) maxNodes = Math.max(maxNodes, count());
      if (i === steps / 2) zoomAtMiddle = zoomFactor();
      if (i >= steps || performance.now() - t0 > deadline) {
        resolve({ t0, t1: performance.now(), steps: i, timedOut: i < steps, maxNodes, zoomAtMiddle });
        return;
      }
      const dy = i < steps / 2 ? -deltaY : deltaY;
      target.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: dy,
          deltaMode: 0,
          wheelDeltaY: dy < 0 ? 120 : -120, // what Chrome gives a real notch (vis-timeline reads it)
          clientX,
          clientY,
          ctrlKey: true,
          bubbles: true,
          cancelable: true,
          composed: true,
          view: window,
        }),
      );
      i++;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

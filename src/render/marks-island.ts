import type { MarkParts } from './event-marks.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Draws the marks into the `<g class="marks">` that Lit created empty: the chart's third island, beside the axis
 * (d3) and the zoom surface. A Lit list puts two comment nodes around each item; with up to 150 marks of five
 * elements each, the marks alone would then be most of the component's DOM (issue #16 asks for at most 1,500 nodes).
 * Here each mark is exactly its `<g>` with a path, a label and a hit area, and a ring only where the event has a
 * second bloc; nothing else.
 *
 * Marks are reused by position, as Lit's list did: a redraw only writes the attributes that changed, and since every
 * position keeps its path, label and hit area, the node under a finger stays in the chart while a touch pans it.
 */
export function drawMarks(container: SVGGElement, marks: readonly MarkParts[], keepSpare = false): void {
  const nodes = container.children;
  for (let i = 0; i < marks.length; i++) {
    let node = nodes[i] as SVGGElement | undefined;
    if (!node) {
      node = createMark();
      container.append(node);
    }
    updateMark(node, marks[i]);
  }
  // During a gesture, marks no longer needed stay in the DOM, hidden and nameless: a finger that went down on one keeps
  // sending its touch events through the chart (an element removed from the DOM would take them with it).
  if (keepSpare) for (let i = marks.length; i < nodes.length; i++) retire(nodes[i]);
  else while (nodes.length > marks.length) container.lastElementChild!.remove();
}

const NAMING = ['part', 'data-id', 'role', 'tabindex', 'aria-label', 'aria-expanded', 'aria-controls'];

function retire(g: Element): void {
  for (const name of NAMING) set(g, name, null);
  set(g, 'display', 'none');
}

function createMark(): SVGGElement {
  const g = document.createElementNS(SVG, 'g');
  const text = document.createElementNS(SVG, 'text');
  text.setAttribute('aria-hidden', 'true');
  const hit = document.createElementNS(SVG, 'rect');
  hit.setAttribute('class', 'hit');
  g.append(document.createElementNS(SVG, 'path'), text, hit);
  return g;
}

/** Sets an attribute when its value changed; `null` removes it. */
function set(node: Element, name: string, value: string | number | null): void {
  if (value === null) {
    if (node.hasAttribute(name)) node.removeAttribute(name);
    return;
  }
  const v = String(value);
  if (node.getAttribute(name) !== v) node.setAttribute(name, v);
}

function updateMark(g: SVGGElement, m: MarkParts): void {
  set(g, 'display', null);
  set(g, 'role', 'button');
  set(g, 'part', m.part);
  set(g, 'class', m.cls);
  set(g, 'data-id', m.id);
  set(g, 'aria-expanded', m.expanded);
  set(g, 'aria-controls', m.expanded === 'true' ? 'detail' : null);
  set(g, 'tabindex', m.tabindex);
  set(g, 'aria-label', m.label);
  set(g, 'transform', `translate(0 ${m.y})`);
  const path = g.firstElementChild!;
  set(path, 'class', m.shapeClass);
  set(path, 'd', m.d);
  // The ring of a second bloc, between the shape and the label: made and removed as needed (most marks have none).
  let circle = path.nextElementSibling!.localName === 'circle' ? path.nextElementSibling : null;
  const ring = m.ring;
  if (ring) {
    if (!circle) path.after((circle = document.createElementNS(SVG, 'circle')));
    set(circle, 'class', ring.cls);
    set(circle, 'cx', ring.cx);
    set(circle, 'cy', ring.cy);
    set(circle, 'r', ring.r);
  } else circle?.remove();
  const text = g.lastElementChild!.previousElementSibling as SVGTextElement;
  const hit = g.lastElementChild!;
  set(text, 'x', m.text.x);
  set(text, 'y', m.text.y);
  set(text, 'text-anchor', m.text.anchor);
  setLabel(text, m.text.parts);
  set(hit, 'x', m.hit.x);
  set(hit, 'y', m.hit.y);
  set(hit, 'width', m.hit.w);
  set(hit, 'height', m.hit.h);
}

/** The label's text: one text node, or text and `<tspan class="hit">` for the search's matches (the odd parts). */
function setLabel(text: SVGTextElement, parts: readonly string[]): void {
  if (parts.length === 1) {
    if (text.childNodes.length !== 1 || text.firstChild!.nodeType !== Node.TEXT_NODE) text.textContent = parts[0];
    else if (text.firstChild!.nodeValue !== parts[0]) text.firstChild!.nodeValue = parts[0];
    return;
  }
  text.replaceChildren(
    ...parts.map((p, i) => {
      if (i % 2 === 0) return document.createTextNode(p);
      const span = document.createElementNS(SVG, 'tspan');
      span.setAttribute('class', 'hit');
      span.textContent = p;
      return span;
    }),
  );
}

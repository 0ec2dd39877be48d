/** What an image export adds around the chart: a title, the period and filter, a legend and an attribution line. */
export interface ImageContext {
  title: string;
  /** "1985 – 1995 · Russia, China · “border”" */
  subtitle: string;
  legend: { label: string; color: string }[];
  attribution: string;
}

const SVG = 'http://www.w3.org/2000/svg';
// Computed styles copied onto the clone as presentation attributes: an image has no stylesheet, and attributes (unlike
// a `style` attribute) pass a strict Content Security Policy.
const PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'text-decoration',
  'visibility',
];
const HEAD = 60;
const FOOT = 26;

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * The chart as a standalone SVG document that looks as it does on screen (the theme's colours and fonts, read from
 * the computed styles), with a title, the period and filter, a legend of the partners shown and an attribution line.
 */
export function chartImage(chart: SVGSVGElement, host: Element, c: ImageContext): string {
  const width = chart.width.baseVal.value;
  const height = chart.height.baseVal.value;
  const page = getComputedStyle(host);
  const font = page.fontFamily;
  const root = el('svg', {
    xmlns: SVG,
    width,
    height: height + HEAD + FOOT,
    viewBox: `0 0 ${width} ${height + HEAD + FOOT}`,
    'font-family': font,
  });
  root.append(
    el('rect', { width: '100%', height: '100%', fill: page.backgroundColor }),
    el('text', { x: 8, y: 20, 'font-size': 16, 'font-weight': 700, fill: page.color }, c.title),
    el('text', { x: 8, y: 38, 'font-size': 12, fill: page.color }, c.subtitle),
  );
  let x = 8;
  for (const item of c.legend) {
    root.append(
      el('circle', { cx: x + 5, cy: 51, r: 5, fill: item.color }),
      el('text', { x: x + 14, y: 55, 'font-size': 11, fill: page.color }, item.label),
    );
    x += 24 + item.label.length * 6.5;
  }
  const clone = chart.cloneNode(true) as SVGSVGElement;
  const from = [chart, ...chart.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((node, i) => {
    const style = getComputedStyle(node);
    for (const p of PROPS) to[i].setAttribute(p, style.getPropertyValue(p));
    for (const a of ['tabindex', 'role', 'aria-label', 'part', 'class']) to[i].removeAttribute(a);
  });
  const body = el('g', { transform: `translate(0 ${HEAD})` });
  body.append(...clone.childNodes);
  root.append(
    body,
    el('text', { x: 8, y: height + HEAD + 18, 'font-size': 11, fill: page.color, opacity: 0.75 }, c.attribution),
  );
  return new XMLSerializer().serializeToString(root);
}

/** Renders an SVG document to a PNG at twice its size. Fails where the page's CSP forbids `blob:` images. */
export async function svgToPng(svgText: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth * 2;
    canvas.height = img.naturalHeight * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

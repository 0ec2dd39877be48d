/**
 * Pointer targets for a row of adjacent bars, each at least `min` pixels wide (WCAG 2.5.8): `edges` are the bars'
 * boundaries, in order (n + 1 edges for n bars); the answer is new boundaries over the same extent, moved as little
 * as the minimum needs, so the targets tile the row without overlapping. A narrow bar takes its room from the bars
 * beside it; bars far from it keep their own edges. When the row is too short for `min` per bar, every target gets
 * an equal share.
 */
export function hitEdges(edges: readonly number[], min = 24): number[] {
  const n = edges.length - 1;
  if (n < 1) return [...edges];
  const first = edges[0];
  const last = edges[n];
  const gap = Math.min(min, (last - first) / n);
  // Within reach of both ends, then at least `gap` after the edge before, then at least `gap` before the edge after.
  const out = edges.map((e, k) => Math.min(Math.max(e, first + k * gap), last - (n - k) * gap));
  out[0] = first;
  out[n] = last;
  for (let k = 1; k < n; k++) out[k] = Math.max(out[k], out[k - 1] + gap);
  for (let k = n - 1; k > 0; k--) out[k] = Math.min(out[k], out[k + 1] - gap);
  return out;
}

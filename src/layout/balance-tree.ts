/**
 * The balance strip as a tree a screen reader can step through (after Olli's tree navigation): the whole view at the
 * top, its periods (the bars) below, and each period's blocs below that. A node is a path: `[]` the view, `[i]` the
 * i-th bar, `[i, j]` the j-th bloc of that bar.
 */
export type TreePath = readonly [] | readonly [number] | readonly [number, number];

/**
 * Where a key moves from `path`, in a tree of `bars` bars of `blocs` blocs each: Down into the first child (the bar
 * last visited, from the view), Up to the parent, Left and Right across siblings, Home and End to the first and last
 * sibling. `null` when the key does not move (a leaf, the top, an end, or another key).
 */
export function treeMove(path: TreePath, key: string, bars: number, blocs: number, lastBar = 0): TreePath | null {
  if (!bars) return null;
  const depth = path.length;
  if (key === 'ArrowDown') {
    if (depth === 0) return [clamp(lastBar, bars)];
    if (depth === 1) return [path[0], 0];
    return null;
  }
  if (key === 'ArrowUp') return depth === 2 ? [path[0]] : depth === 1 ? [] : null;
  if (depth === 0) return null;
  const size = depth === 1 ? bars : blocs;
  const at = path[depth - 1];
  const to =
    key === 'ArrowLeft' ? at - 1 : key === 'ArrowRight' ? at + 1 : key === 'Home' ? 0 : key === 'End' ? size - 1 : null;
  if (to === null || to < 0 || to >= size || to === at) return null;
  return depth === 1 ? [to] : [path[0], to];
}

const clamp = (i: number, n: number) => Math.max(0, Math.min(n - 1, i));

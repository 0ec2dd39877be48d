/** What a key press on the chart asks for. */
export type ChartAction =
  | { type: 'zoom'; factor: number }
  | { type: 'pan'; fraction: number }
  | { type: 'reset' }
  | { type: 'move'; to: 'previous' | 'next' | 'first' | 'last' }
  | { type: 'activate' }
  | { type: 'close' };

type KeyInput = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/**
 * Maps a key to a chart action: `+`/`-` zoom, Shift+arrows pan, `0` resets, arrows and Home/End move
 * between events, Enter or Space activates, Escape closes. Keys with Ctrl, ⌘ or Alt stay the browser's.
 */
export function chartAction(e: KeyInput): ChartAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const back = e.key === 'ArrowLeft' || e.key === 'ArrowUp';
  const forward = e.key === 'ArrowRight' || e.key === 'ArrowDown';
  if (e.shiftKey && (back || forward)) return { type: 'pan', fraction: back ? -0.25 : 0.25 };
  switch (e.key) {
    case '+':
    case '=':
      return { type: 'zoom', factor: 2 };
    case '-':
    case '_':
      return { type: 'zoom', factor: 0.5 };
    case '0':
      return { type: 'reset' };
    case 'Home':
      return { type: 'move', to: 'first' };
    case 'End':
      return { type: 'move', to: 'last' };
    case 'Enter':
    case ' ':
      return { type: 'activate' };
    case 'Escape':
      return { type: 'close' };
  }
  if (back) return { type: 'move', to: 'previous' };
  if (forward) return { type: 'move', to: 'next' };
  return null;
}

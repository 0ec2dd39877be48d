/**
 * Measures label widths as the sum of their characters' widths, each measured once with a canvas: a label and
 * all its shortened forms then cost no canvas call at all. Kerning is ignored; a small margin covers it.
 */
export class TextMeasurer {
  private readonly chars = new Map<string, number>();
  private context: CanvasRenderingContext2D | null = null;
  private font = '';
  private spacing = { letter: 0, word: 0 };
  /** The label font size in pixels. */
  labelPx = 12;
  private key = '';

  /** Sets the CSS font shorthand labels are drawn in; a new font clears the cache. */
  setFont(font: string): void {
    if (font === this.font) return;
    this.font = font;
    this.chars.clear();
    if (this.context) this.context.font = font;
  }

  /**
   * Takes the label font from an element styled as a label (the element's hidden probe): its font family and size,
   * and the reader's letter and word spacing (WCAG 1.4.12), which canvas measurement leaves out.
   */
  useFontOf(el: Element): void {
    const style = getComputedStyle(el);
    const key = `${style.fontSize}|${style.fontFamily}|${style.letterSpacing}|${style.wordSpacing}`;
    if (key === this.key) return;
    this.key = key;
    this.setFont(`${style.fontSize} ${style.fontFamily}`);
    const px = parseFloat(style.fontSize) || 12;
    this.labelPx = px;
    this.spacing = { letter: spacingPx(style.letterSpacing, px), word: spacingPx(style.wordSpacing, px) };
    this.chars.clear();
  }

  /** Forgets every measured width: web fonts finished loading. */
  clear(): void {
    this.chars.clear();
  }

  /** The width of `text` in pixels, rounded up. Falls back to an estimate where no canvas is available. */
  readonly measure = (text: string): number => {
    let w = 0;
    for (const c of text) w += this.charWidth(c);
    return Math.ceil(w * 1.02);
  };

  private charWidth(c: string): number {
    let w = this.chars.get(c);
    if (w === undefined) {
      this.context ??= document.createElement('canvas').getContext('2d');
      if (this.context) {
        this.context.font = this.font;
        w = this.context.measureText(c).width;
      } else {
        w = 7;
      }
      w += this.spacing.letter + (c === ' ' ? this.spacing.word : 0);
      this.chars.set(c, w);
    }
    return w;
  }
}

/** A computed `letter-spacing`/`word-spacing` in pixels (`normal` is 0; `em` values resolve against the label size). */
function spacingPx(value: string, fontPx: number): number {
  if (!value || value === 'normal') return 0;
  const n = parseFloat(value);
  if (!Number.isFinite(n)) return 0;
  return value.endsWith('em') ? n * fontPx : n;
}

/**
 * Measures label widths as the sum of their characters' widths, each measured once with a canvas: a label and
 * all its shortened forms then cost no canvas call at all. Kerning is ignored; a small margin covers it.
 */
export class TextMeasurer {
  private readonly chars = new Map<string, number>();
  private context: CanvasRenderingContext2D | null = null;
  private font = '';

  /** Sets the CSS font shorthand labels are drawn in; a new font clears the cache. */
  setFont(font: string): void {
    if (font === this.font) return;
    this.font = font;
    this.chars.clear();
    if (this.context) this.context.font = font;
  }

  /** Takes the label font from an element's styles: its font family at `--mt-label-size` (12px by default). */
  useFontOf(el: Element): void {
    const style = getComputedStyle(el);
    this.setFont(`${style.getPropertyValue('--mt-label-size').trim() || '12px'} ${style.fontFamily}`);
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
      this.chars.set(c, w);
    }
    return w;
  }
}

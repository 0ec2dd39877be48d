/** Measures label widths with a canvas, caching each text. */
export class TextMeasurer {
  private readonly cache = new Map<string, number>();
  private context: CanvasRenderingContext2D | null = null;
  private font = '';

  /** Sets the CSS font shorthand labels are drawn in; a new font clears the cache. */
  setFont(font: string): void {
    if (font === this.font) return;
    this.font = font;
    this.cache.clear();
    if (this.context) this.context.font = font;
  }

  /** The width of `text` in pixels. Falls back to an estimate where no canvas is available. */
  readonly measure = (text: string): number => {
    let w = this.cache.get(text);
    if (w === undefined) {
      this.context ??= document.createElement('canvas').getContext('2d');
      if (this.context) {
        this.context.font = this.font;
        w = Math.ceil(this.context.measureText(text).width);
      } else {
        w = text.length * 7;
      }
      this.cache.set(text, w);
    }
    return w;
  };
}

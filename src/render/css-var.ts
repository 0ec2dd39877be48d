import { noChange, nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets a CSS custom property on an element through the CSSOM. Unlike `styleMap`, whose first render writes a
 * `style` attribute, this never writes one, so it passes a strict Content Security Policy (`style-src 'self'`).
 */
class CssVarDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('cssVar() belongs on an element, as <div ${cssVar(name, value)}>');
  }

  render(_name: string, _value: string) {
    return nothing;
  }

  override update(part: ElementPart, [name, value]: [string, string]) {
    (part.element as HTMLElement).style.setProperty(name, value);
    return noChange;
  }
}

export const cssVar = directive(CssVarDirective);

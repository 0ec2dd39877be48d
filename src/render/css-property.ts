import { noChange, nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets a CSS property (a custom one such as `--mt-bar`, or any other such as `transform`) on an element through the
 * CSSOM; an empty value removes it. Unlike `styleMap` or a `style=` binding, which write a `style` attribute, this
 * never writes one, so it passes a strict Content Security Policy (`style-src 'self'`).
 */
class CssPropertyDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('cssProperty() belongs on an element, as <div ${cssProperty(name, value)}>');
  }

  render(_name: string, _value: string) {
    return nothing;
  }

  override update(part: ElementPart, [name, value]: [string, string]) {
    (part.element as HTMLElement).style.setProperty(name, value);
    return noChange;
  }
}

export const cssProperty = directive(CssPropertyDirective);

import { adoptStyles, type CSSResultOrNative } from 'lit';

/** The documents whose constructed style sheets each shadow root holds. */
const adoptedIn = new WeakMap<ShadowRoot, Document>();

/**
 * Gives a shadow root its styles again after the element moved into another document (`adoptNode` into an
 * iframe's): constructed style sheets belong to the document that made them, so the new document gets its own.
 */
export function adoptStylesInto(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const doc = root.host.ownerDocument;
  const before = adoptedIn.get(root) ?? document;
  if (doc === before) return;
  adoptedIn.set(root, doc);
  const View = doc.defaultView;
  if (doc === document || !View) {
    adoptStyles(root, styles as CSSResultOrNative[]);
    return;
  }
  const sheets = styles.map((s) => {
    const sheet = new View.CSSStyleSheet();
    sheet.replaceSync('cssText' in s ? s.cssText : [...s.cssRules].map((r) => r.cssText).join('\n'));
    return sheet;
  });
  root.adoptedStyleSheets = sheets;
}

import { adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative, type ReactiveControllerHost, type ReactiveElement } from 'lit';

/** The styles each shadow root has been given on top of its element's own. */
const added = new WeakMap<ShadowRoot, CSSResultOrNative[]>();

/**
 * Adds the styles of a part fetched after first paint (its own chunk) to `host`'s shadow root, on
 * top of the element's own: Lit adopts only the `static styles` it was defined with. Adding the
 * same styles again does nothing. Constructable style sheets, so a strict Content-Security-Policy
 * allows them as it allows the element's own.
 */
export function addPartStyles(host: ReactiveControllerHost & HTMLElement, styles: readonly CSSResultOrNative[]): void {
  const root = host.shadowRoot;
  if (!root) return;
  const before = added.get(root) ?? [];
  const fresh = styles.filter((style) => !before.includes(style));
  if (!fresh.length) return;
  const all = [...before, ...fresh];
  added.set(root, all);
  // Without adopted sheets Lit appends a <style> per item: give it only the new ones.
  adoptStyles(root, supportsAdoptingStyleSheets ? [...(host.constructor as typeof ReactiveElement).elementStyles, ...all] : fresh);
}

/**
 * Defines a custom element once. A second copy of Portico on the page (two bundles) warns
 * instead of throwing, and importing on a server without `customElements` does nothing.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    console.warn(
      `Portico: <${tag}> is already defined by another copy of Portico; this copy's definition is ignored. Load Portico once per page (one <script type="module"> or one bundle).`,
    );
    return;
  }
  customElements.define(tag, element);
}

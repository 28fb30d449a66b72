/**
 * `dist/cdn/autoload.js`: the CDN entry for portal pages. It defines no element up front; the first
 * time a Portico tag appears in the document (parsed, or added later by script), it imports that
 * element's module, which defines it. A page pays only for the elements it shows: a sign-in page
 * never downloads the API console. `portico.js`, which defines every element at once, stays for
 * pages and scripts that want everything (and its exports).
 * @module
 */

/** Each element's module, by tag. Every one defines its element when imported. */
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'portico-auth': () => import('../components/auth/portico-auth.js'),
  'portico-sign-in': () => import('../components/sign-in/portico-sign-in.js'),
  'portico-user-profile': () => import('../components/user-profile/portico-user-profile.js'),
  'portico-auth-gate': () => import('../components/auth-gate/portico-auth-gate.js'),
  'portico-token-inspector': () => import('../components/token-inspector/portico-token-inspector.js'),
  'portico-api-console': () => import('../components/api-console/portico-api-console.js'),
  'portico-apim': () => import('../components/apim/portico-apim.js'),
  'portico-subscriptions': () => import('../components/subscriptions/portico-subscriptions.js'),
};

const requested = new Set<string>();

/** Imports the module of every Portico element in `root` (itself included) not yet requested. */
function discover(root: Element | Document): void {
  const elements = root instanceof Element ? [root, ...root.querySelectorAll(':not(:defined)')] : root.querySelectorAll(':not(:defined)');
  for (const element of elements) load(element.localName);
}

function load(tag: string): void {
  const element = ELEMENTS[tag];
  if (!element || requested.has(tag)) return;
  requested.add(tag);
  element().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`Portico: <${tag}> could not be loaded; check that dist/cdn/ is hosted whole, beside autoload.js.`, error);
  });
}

if (typeof document !== 'undefined') {
  discover(document);
  new MutationObserver((mutations) => {
    for (const { addedNodes } of mutations) for (const node of addedNodes) if (node instanceof Element) discover(node);
  }).observe(document, { childList: true, subtree: true });
}

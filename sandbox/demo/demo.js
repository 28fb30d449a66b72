// @ts-check
/**
 * The demo portal's only script, kept out of the page because its Content-Security-Policy allows
 * no inline script: it says so on the page when Portico's bundle is missing, instead of leaving
 * widgets that never appear.
 */
const response = await fetch('/dist/cdn/portico.js', { method: 'HEAD' }).catch(() => undefined);
// Read to its (empty) end: an answer left unread is cancelled, a failed row in the developer tools.
await response?.arrayBuffer();
if (!response?.ok) /** @type {HTMLElement} */ (document.getElementById('build-notice')).hidden = false;

// @ts-check
/**
 * Safe-by-default HTML for the sandbox's server-rendered pages (sign-in, sign-out, errors).
 * Everything interpolated into `html\`...\`` is escaped unless it is itself `html`, so request
 * parameters (a hostile redirect_uri, a login_hint) can never become markup.
 */

/** Markup that is already safe. Only `html` creates it. */
export class SafeHtml {
  /** @param {string} value */
  constructor(value) {
    this.value = value;
  }

  toString() {
    return this.value;
  }
}

/**
 * @param {TemplateStringsArray} strings
 * @param {...unknown} values
 * @returns {SafeHtml}
 */
export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new SafeHtml(out);
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function render(value) {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/**
 * Styles shared by every server-rendered page. Inline, because these pages must work without any
 * other request (the provider's pages are also shown in popups); allowed by `style-src 'unsafe-inline'`.
 */
const STYLES = `
:root { color-scheme: light dark; --accent: #3b5bdb; --danger: #c92a2a; --muted: #5f6672;
  --surface: #ffffff; --page: #f3f4f7; --border: #d4d7dd; font-family: system-ui, sans-serif; }
@media (prefers-color-scheme: dark) { :root { --accent: #91a7ff; --danger: #ff8787;
  --muted: #a9afba; --surface: #1f2329; --page: #15181c; --border: #3a3f47; } }
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: var(--page);
  line-height: 1.5; padding: 1.5rem; }
main { width: min(32rem, 100%); background: var(--surface); border: 1px solid var(--border);
  border-radius: 0.75rem; padding: 1.75rem; }
h1 { font-size: 1.4rem; margin: 0 0 0.25rem; }
h2 { font-size: 1rem; margin: 1.5rem 0 0.5rem; }
p { margin: 0.5rem 0; }
.muted { color: var(--muted); font-size: 0.9rem; }
label { display: block; font-weight: 600; margin-top: 1rem; }
input { width: 100%; font: inherit; padding: 0.55rem 0.7rem; margin-top: 0.25rem;
  border: 1px solid var(--border); border-radius: 0.4rem; background: transparent; color: inherit; }
button { font: inherit; cursor: pointer; border-radius: 0.4rem; padding: 0.55rem 1rem; }
.primary { margin-top: 1.25rem; width: 100%; background: var(--accent); color: #fff; border: 0;
  font-weight: 600; }
@media (prefers-color-scheme: dark) { .primary { color: #10131a; } }
.secondary { background: transparent; color: inherit; border: 1px solid var(--border); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.users { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
.users form { display: flex; align-items: center; justify-content: space-between; gap: 0.75rem;
  border: 1px solid var(--border); border-radius: 0.5rem; padding: 0.5rem 0.75rem; }
.users span { display: block; min-width: 0; overflow-wrap: anywhere; }
.users button { flex: none; white-space: nowrap; }
@media (max-width: 30rem) { body { padding: 0.75rem; } main { padding: 1.25rem; } }
.alert { border-left: 4px solid var(--danger); padding: 0.5rem 0.75rem; margin: 1rem 0;
  background: color-mix(in srgb, var(--danger) 10%, transparent); }
code, pre { font-family: ui-monospace, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; font-size: 0.9rem; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
`;

/**
 * A complete page.
 * @param {{ title: string, body: SafeHtml, head?: SafeHtml }} page
 * @returns {string}
 */
export function renderPage({ title, body, head }) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>${new SafeHtml(STYLES)}</style>
${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`.value;
}

// @ts-check
/**
 * The pages a person sees at a tenant: sign-in, signing out, signed out, and errors.
 * Self-contained (no external assets), accessible, and escaped throughout by `html`.
 */
import { createHash } from 'node:crypto';
import { SafeHtml, html, renderPage } from '../http/html.js';

/**
 * @typedef {import('../directory.js').Tenant} Tenant
 */

/**
 * @param {object} page
 * @param {Tenant} page.tenant
 * @param {string} page.clientId
 * @param {string} page.loginAction where the credentials form posts
 * @param {string} page.abortAction where "Cancel" posts
 * @param {string} [page.username] prefilled username (the login_hint, or what was typed)
 * @param {string} [page.error] why the last attempt failed
 * @param {string} page.password the shared demo password, shown because this is a sandbox
 */
export function signInPage({ tenant, clientId, loginAction, abortAction, username, error, password }) {
  const users = tenant.users.map(
    (user) => html`<li><form method="post" action="${loginAction}">
  <input type="hidden" name="username" value="${user.username}">
  <input type="hidden" name="password" value="${password}">
  <span><span>${user.name}</span><span class="muted">${user.username} · ${user.roles.join(', ')}</span></span>
  <button type="submit" class="secondary" aria-label="Sign in as ${user.name}">Sign in</button>
</form></li>`,
  );

  return renderPage({
    title: `Sign in to ${tenant.label}`,
    body: html`<h1>Sign in to ${tenant.label}</h1>
<p class="muted">Portico sandbox · application <code>${clientId}</code></p>
${error ? html`<div class="alert" role="alert">${error}</div>` : ''}
<form method="post" action="${loginAction}">
  <label for="username">Username or email</label>
  <input id="username" name="username" type="text" autocomplete="username" autocapitalize="none"
    spellcheck="false" required value="${username ?? ''}" ${username ? '' : html`autofocus`}>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required
    aria-describedby="password-hint" ${username ? html`autofocus` : ''}>
  <p id="password-hint" class="muted">Every demo user's password is <code>${password}</code>.</p>
  <button type="submit" class="primary">Sign in</button>
</form>
<h2 id="demo-users">Or pick a demo user</h2>
<ul class="users" aria-labelledby="demo-users">${users}</ul>
<form method="post" action="${abortAction}">
  <p><button type="submit" class="secondary">Cancel sign-in</button></p>
</form>`,
  });
}

/**
 * The one script the sandbox's pages run: it submits the sign-out confirmation at once.
 * It sits in <head>, so it waits for the form to be parsed.
 */
const AUTO_SUBMIT = "addEventListener('DOMContentLoaded', () => document.forms[0].submit());";

/** Hash of `AUTO_SUBMIT` for the Content-Security-Policy, so no other inline script may run. */
export const AUTO_SUBMIT_CSP_SOURCE = `'sha256-${createHash('sha256').update(AUTO_SUBMIT).digest('base64')}'`;

/**
 * Confirms RP-initiated logout without a click: the app asked to sign out (MSAL passes the ID
 * token as hint), so the sandbox does not ask again. Without JavaScript, a button remains.
 * @param {{ tenant: Tenant, action: string, xsrf: string }} page `action` and `xsrf` are those of
 *   oidc-provider's confirmation form
 */
export function signingOutPage({ tenant, action, xsrf }) {
  return renderPage({
    title: `Signing out of ${tenant.label}`,
    // Exactly AUTO_SUBMIT between the tags: the policy allows the script by its hash.
    head: new SafeHtml(`<script>${AUTO_SUBMIT}</script>`),
    body: html`<h1>Signing out of ${tenant.label}…</h1>
<form method="post" action="${action}">
  <input type="hidden" name="xsrf" value="${xsrf}">
  <input type="hidden" name="logout" value="yes">
  <noscript><button type="submit" class="primary">Sign out</button></noscript>
</form>`,
  });
}

/**
 * @param {{ tenant: Tenant }} page
 */
export function signedOutPage({ tenant }) {
  return renderPage({
    title: `Signed out of ${tenant.label}`,
    body: html`<h1>You have signed out of ${tenant.label}</h1>
<p>You can close this window.</p>`,
  });
}

/**
 * @typedef {object} ErrorPageContent
 * @property {string} title
 * @property {string} message what is wrong
 * @property {string} [fix] how to fix it
 * @property {string} [code] e.g. "AADSTS50011"
 * @property {[string, string | undefined][]} [details] technical details as label/value pairs
 */

/**
 * An error page saying what is wrong and how to fix it, in Entra's words where Entra has some.
 * @param {ErrorPageContent} page
 */
export function errorPage({ title, message, fix, code, details = [] }) {
  const rows = details.filter(([, value]) => value).map(([label, value]) => html`<dt>${label}</dt><dd><code>${value}</code></dd>`);
  return renderPage({
    title,
    body: html`<h1>${title}</h1>
<div class="alert" role="alert"><p>${code ? html`<strong>${code}:</strong> ` : ''}${message}</p></div>
${fix ? html`<h2>How to fix it</h2><p>${fix}</p>` : ''}
${rows.length ? html`<h2>Technical details</h2><dl>${rows}</dl>` : ''}`,
  });
}

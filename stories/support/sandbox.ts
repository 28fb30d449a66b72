import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';

/** Where `npm start` serves the sandbox: its tenants are `/contoso` and `/fabrikam`. */
export const SANDBOX_ORIGIN = 'https://localhost:8443';
/** The sandbox's public single-page-app client, the same in both tenants. */
export const SANDBOX_CLIENT_ID = 'portico-spa';

/** `down`: no answer (not started, or its certificate not accepted yet); `foreign`: it does not know this page's origin. */
type SandboxStatus = 'ready' | 'down' | 'foreign';

/**
 * Asks the sandbox at `origin` whether this page can sign in against it. Discovery is open to any
 * origin, so it only proves the sandbox runs. MSAL redeems the code with `fetch`, and the provider
 * lets a page read token responses only from the origins of the client's redirect URIs, so a
 * readable refusal of a made-up code means this origin is registered, and an unreadable one that
 * it is not.
 */
async function probe(origin: string): Promise<SandboxStatus> {
  let tokenEndpoint: string;
  try {
    const response = await fetch(`${origin}/contoso/.well-known/openid-configuration`);
    ({ token_endpoint: tokenEndpoint } = (await response.json()) as { token_endpoint: string });
  } catch {
    return 'down';
  }
  try {
    await fetch(tokenEndpoint, {
      method: 'POST',
      body: new URLSearchParams({ client_id: SANDBOX_CLIENT_ID, grant_type: 'authorization_code', code: 'probe', redirect_uri: redirectUri() }),
    });
    return 'ready';
  } catch {
    return 'foreign';
  }
}

/** The Live stories' redirect URI: this page, Storybook's iframe.html (MSAL's default, the current page). */
function redirectUri(): string {
  return new URL('iframe.html', location.href).href;
}

/**
 * `content` once the sandbox at `origin` answers and knows this origin; until then, and
 * instead, a plain explanation of what to start or change.
 */
export function whenSandboxAnswers(origin: string, content: () => TemplateResult): TemplateResult {
  return html`${until(
    probe(origin).then((status) => (status === 'ready' ? content() : explain(status, origin))),
    html`<p role="status">Looking for the sandbox at ${origin}…</p>`,
  )}`;
}

function explain(status: Exclude<SandboxStatus, 'ready'>, origin: string): TemplateResult {
  const start = html`<code>npm start -- --redirect-uri ${redirectUri()}</code>`;
  return status === 'down'
    ? html`<div role="status">
        <p><strong>The sandbox is not answering at ${origin}.</strong> These stories sign in for real, against it.</p>
        <ol>
          <li>In the repository, run ${start}. The extra redirect URI lets this Storybook finish a popup sign-in.</li>
          <li>Open <a href=${origin} target="_blank" rel="noopener">${origin}</a> once and accept its certificate (it is made on your machine).</li>
          <li>Reload this story.</li>
        </ol>
      </div>`
    : html`<div role="status">
        <p><strong>The sandbox at ${origin} runs, but does not know this Storybook's origin.</strong></p>
        <p>Stop it and start it again with ${start}, then reload this story.</p>
      </div>`;
}

import type { ConsoleRequest } from '../../../events/portico-before-send-event.js';
import { isTrusted, type CredentialPolicy, type Credentials } from './credentials.js';
import type { Placement } from './security-plan.js';
import { requestSecrets, secretsOf, typedSecrets, type Secret } from './secrets.js';

/** What the console's attributes say about credentials: where they may go, and the subscription key and its place. */
export interface CredentialSettings {
  readonly policy: CredentialPolicy;
  /** The subscription key; '' for none. */
  readonly key: string;
  /** The key's header (also redacted when typed by hand). */
  readonly keyHeader: string;
  /** The key's query parameter, instead of the header; '' for none. */
  readonly keyQuery: string;
}

/** The credentials to attach to a request: `token`, and the key in its place. */
export function credentialsOf(settings: CredentialSettings, token: string | null): Credentials {
  return { token, key: settings.key ? { value: settings.key, header: settings.keyHeader, query: settings.keyQuery } : null };
}

/** Every secret an authorized request may hold: the token, the key, credentials typed for the description's schemes, and any typed by hand. */
export function secretsIn(request: ConsoleRequest, settings: CredentialSettings, token: string | null, typed: readonly Placement[] = []): Secret[] {
  return [...secretsOf(token, settings.key), ...typedSecrets(typed), ...requestSecrets(request, settings.keyHeader, settings.keyQuery)];
}

/** The origin a request would go to without its credentials, to say so before sending; null when trusted, or no URL yet. */
export function untrustedOrigin(draft: () => ConsoleRequest, policy: CredentialPolicy): string | null {
  try {
    const { url } = draft();
    return isTrusted(url, policy) ? null : new URL(url).origin;
  } catch {
    return null;
  }
}

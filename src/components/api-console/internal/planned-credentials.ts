import { credentialsOf, type CredentialSettings } from './credential-settings.js';
import type { Credentials } from './credentials.js';
import type { SecurityPlan } from './security-plan.js';

/**
 * The credentials a request carries by the security plan: the token and the subscription key when
 * the chosen alternative takes them, and what the user typed. `cookies`: a snippet can send a
 * cookie, `fetch` cannot (the browser forbids a page to set `Cookie`), so requests leave them out.
 */
export function plannedCredentials(plan: SecurityPlan, settings: CredentialSettings, token: string | null, cookies: boolean): Credentials {
  const { key } = credentialsOf(settings, null);
  return {
    token: plan.sendsToken ? token : null,
    key: plan.sendsKey ? key : null,
    typed: plan.placements.filter((placement) => cookies || placement.in !== 'cookie'),
  };
}

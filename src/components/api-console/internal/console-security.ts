import type { ReactiveControllerHost } from 'lit';
import type { SecurityRequirement } from './openapi/types.js';
import { planSecurity, type SecurityHoldings, type SecurityPlan, type TypedCredential } from './security-plan.js';

/**
 * The credentials the user types for a description's schemes (API keys, HTTP basic), by scheme
 * name, shared by every operation naming the scheme. They live in this object only: never in
 * the session, the history or any storage, so a reload forgets them.
 */
export class TypedCredentials {
  readonly #values = new Map<string, TypedCredential>();

  constructor(private readonly host: ReactiveControllerHost) {}

  get values(): ReadonlyMap<string, TypedCredential> {
    return this.#values;
  }

  set(scheme: string, value: TypedCredential): void {
    this.#values.set(scheme, value);
    this.host.requestUpdate();
  }

  /** The plan for `security` with what the console holds and what the user typed. */
  plan(security: readonly SecurityRequirement[], holdings: Omit<SecurityHoldings, 'typed'>): SecurityPlan {
    return planSecurity(security, { ...holdings, typed: this.#values });
  }
}

import { AuthErrorCode, type ErrorDetail } from '../auth/errors.js';
import { PorticoErrorEvent } from '../events/portico-error-event.js';
import { diagnosticText, type Problem } from './diagnostic.js';

/**
 * An element's current problems, each logged with one `console.error` (`console.info` for a cancelled
 * sign-in) and fired as one event
 * (`portico-error` unless the element says otherwise) while it lasts, so a re-render with the same
 * bad attribute does not flood the console. A problem that goes away and comes back is reported again.
 */
export class ProblemLog {
  #current = new Set<string>();

  constructor(
    private readonly host: HTMLElement,
    private readonly toEvent: (detail: ErrorDetail) => Event = (detail) => new PorticoErrorEvent(detail),
  ) {}

  /**
   * Reports the problems not reported yet; forgets the ones that are gone (`[]` when all are fixed).
   * Not while the element is off the page: a section removed together with its provider would
   * otherwise report the provider missing.
   */
  update(problems: readonly Problem[]): void {
    if (!this.host.isConnected) return;
    const next = new Set<string>();
    for (const problem of problems) {
      const text = diagnosticText(problem, this.host.localName);
      next.add(text);
      if (this.#current.has(text)) continue;
      // A user's own choice (closing the sign-in window) is reported, but it is no error of the page.
      if (problem.code === AuthErrorCode.UserCancelled) console.info(`Portico ${text}`);
      else console.error(`Portico ${text}`);
      this.host.dispatchEvent(this.toEvent({ code: problem.code, message: problem.message, hint: problem.hint }));
    }
    this.#current = next;
  }
}

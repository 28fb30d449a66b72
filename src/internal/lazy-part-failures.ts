import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ErrorCode } from '../auth/errors.js';
import { renderDiagnostic, type Problem } from './diagnostic.js';
import type { LazyModule } from './lazy-module.js';
import type { Strings } from './strings.js';

/**
 * The lazy parts an element's last render showed as not loaded: each one's diagnostic in its place
 * (its strings ship with the element, not with the part), and its problem for the element's
 * `ProblemLog`, which reports it once for as long as it lasts.
 */
export class LazyPartFailures implements ReactiveController {
  #problems: Problem[] = [];

  constructor(readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.#problems = [];
  }

  /** The problems of this render so far. */
  get problems(): readonly Problem[] {
    return this.#problems;
  }

  /** The diagnostic saying that `part` (its name as the user knows it) could not be loaded, when `lazy`'s last fetch failed; else nothing. */
  render(lazy: LazyModule<unknown>, part: string, strings: Strings): TemplateResult | typeof nothing {
    if (!lazy.failed) return nothing;
    const text = strings.partLoadFailed;
    const problem: Problem = { code: ErrorCode.PartLoadFailed, message: text.message(part), hint: text.hint };
    this.#problems.push(problem);
    return renderDiagnostic(problem, this.host);
  }
}

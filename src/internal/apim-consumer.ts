import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApimController } from '../apim/apim-controller.js';
import { apimRegistry, type ApimEntry } from '../apim/registry.js';
import { UnknownProviderGrace, type ConsumerStatus } from './provider-lookup.js';
import type { Problem } from './diagnostic.js';
import { ErrorCode } from '../auth/errors.js';
import { addEnglish, type Strings } from './strings.js';
import { apim } from './strings/en/apim.js';

addEnglish(apim);

/**
 * Finds a widget's `<portico-apim>` by the widget's `apim` id, else the page's only or `default`
 * one, and re-renders the widget whenever it or its controller changes. Like providers, one that
 * appears later is picked up, and a missing one is reported only after a grace period.
 */
export class ApimConsumer implements ReactiveController {
  #entry: ApimEntry | undefined;
  #id = '';
  readonly #grace = new UnknownProviderGrace(() => this.host.requestUpdate());
  #unsubscribeRegistry: (() => void) | undefined;
  #unsubscribeController: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly readId: () => string,
  ) {
    host.addController(this);
  }

  get controller(): ApimController | null {
    return this.#entry?.controller ?? null;
  }

  /** `unavailable`: the `<portico-apim>` is misconfigured (it explains itself). */
  get status(): ConsumerStatus {
    if (this.#entry?.controller) return 'ready';
    if (this.#entry?.error) return 'unavailable';
    return this.#grace.over ? 'unknown' : 'waiting';
  }

  get requestedId(): string {
    return this.#id;
  }

  hostConnected(): void {
    this.#unsubscribeRegistry = apimRegistry().subscribe(() => this.#resolve());
    this.#grace.start();
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#unsubscribeRegistry?.();
    this.#unsubscribeController?.();
    this.#unsubscribeController = undefined;
    this.#entry = undefined;
    this.#grace.stop();
  }

  hostUpdate(): void {
    if (this.readId().trim() !== this.#id) this.#resolve();
  }

  #resolve(): void {
    this.#id = this.readId().trim();
    const registry = apimRegistry();
    const entry = this.#id ? registry.get(this.#id) : registry.fallback();
    if (entry === this.#entry) return;
    const controllerChanged = entry?.controller !== this.#entry?.controller;
    this.#entry = entry;
    if (controllerChanged) {
      this.#unsubscribeController?.();
      this.#unsubscribeController = entry?.controller?.subscribe(() => this.host.requestUpdate());
    }
    this.host.requestUpdate();
  }
}

/** `apim` names a `<portico-apim>` still not on the page after the grace period (or the page has none). */
export function unknownApimProblem(strings: Strings, id: string): Problem {
  const text = strings.apim;
  return id
    ? { code: ErrorCode.UnknownProvider, message: text.namedMessage(id), hint: text.namedHint(id), attribute: 'apim' }
    : { code: ErrorCode.UnknownProvider, message: text.noneMessage, hint: text.noneHint };
}

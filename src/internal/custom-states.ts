/**
 * Custom states (`:state(busy)`) a widget exposes to authors' CSS. Browsers without
 * `CustomStateSet` just go without; nothing here ever throws.
 */
export class CustomStates {
  readonly #states: CustomStateSet | undefined;

  /** Call from the element's constructor (`attachInternals` is allowed once, there or later). */
  constructor(host: HTMLElement) {
    try {
      this.#states = host.attachInternals().states;
    } catch {
      this.#states = undefined;
    }
  }

  toggle(name: string, on: boolean): void {
    try {
      if (on) this.#states?.add(name);
      else this.#states?.delete(name);
    } catch {
      // An engine with the old dashed-ident syntax only: the state is just not exposed.
    }
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host once a second while `running`, for countdowns. Stops when the host leaves
 * the page, so a widget that is gone costs nothing.
 */
export class Clock implements ReactiveController {
  #timer: ReturnType<typeof setInterval> | undefined;
  #running = false;
  #connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Milliseconds since the epoch, as of this render. */
  get now(): number {
    return Date.now();
  }

  set running(running: boolean) {
    if (running === this.#running) return;
    this.#running = running;
    this.#sync();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#sync();
  }

  #sync(): void {
    clearInterval(this.#timer);
    this.#timer = this.#running && this.#connected ? setInterval(() => this.host.requestUpdate(), 1000) : undefined;
  }
}

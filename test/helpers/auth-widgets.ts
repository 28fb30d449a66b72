import { fixtureCleanup } from '@open-wc/testing';
import { FakeAuthController, registerFakeProvider, type FakeAuthControllerOptions } from '../../src/testing/index.js';

let counter = 0;

/** A provider id no other test uses, so tests never see each other's providers. */
export function uniqueId(prefix = 'fake'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

const unregisters: Array<() => void> = [];

/** A fake controller registered under a fresh id; removed again by `unregisterFakes()` (call it in `afterEach`). */
export function fakeProvider(options: FakeAuthControllerOptions & { id?: string } = {}): { id: string; controller: FakeAuthController } {
  const id = options.id ?? uniqueId();
  const controller = new FakeAuthController({ label: 'Contoso', ...options });
  unregisters.push(registerFakeProvider({ id, controller }));
  return { id, controller };
}

/** Remembers an unregister function for `unregisterFakes()`. */
export function track(unregister: () => void): void {
  unregisters.push(unregister);
}

export function unregisterFakes(): void {
  while (unregisters.length) unregisters.pop()!();
}

/** Captures console.error calls while a test runs. */
export function captureConsoleErrors() {
  const messages: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.error = original) };
}

/** Every element of `el`'s shadow root with the part `name`. */
export function parts<T extends Element = HTMLElement>(el: Element, name: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

/** The first element with the part `name`, or null. */
export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return parts<T>(el, name)[0] ?? null;
}

/** The parts `name` a user can see (not hidden by an attribute or an ancestor). */
export function visibleParts<T extends Element = HTMLElement>(el: Element, name: string): T[] {
  return parts<T>(el, name).filter((node) => node.checkVisibility());
}

/** Text as a user reads it: whitespace collapsed, Lit's comment markers ignored; empty for a missing element. */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Lets pending microtasks and a Lit update run. */
export async function settle(el: { updateComplete: Promise<boolean> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/**
 * A clean slate around every test of a describe block: no fixtures or fake providers left over,
 * and `console.error` captured (widgets log their diagnostics; tests assert on them).
 */
export function widgetTestBed(): { consoleErrors: ReturnType<typeof captureConsoleErrors> } {
  const bed = { consoleErrors: undefined as unknown as ReturnType<typeof captureConsoleErrors> };
  beforeEach(() => (bed.consoleErrors = captureConsoleErrors()));
  afterEach(() => {
    fixtureCleanup();
    unregisterFakes();
    bed.consoleErrors.restore();
  });
  return bed;
}

import { ProviderRegistry } from '../auth/registry.js';
import type { PorticoApimError } from './errors.js';
import type { ApimController } from './apim-controller.js';

/** One declared API Management back end: working (`controller`) or misconfigured (`error`). */
export interface ApimEntry {
  readonly id: string;
  readonly controller: ApimController | null;
  readonly error: PorticoApimError | null;
}

const GLOBAL_KEY = Symbol.for('portico.apim-registry');

/** The page's API Management back ends by id (`<portico-apim id>`), found like providers are. */
export function apimRegistry(): ProviderRegistry<ApimEntry> {
  const holder = globalThis as { [GLOBAL_KEY]?: ProviderRegistry<ApimEntry> };
  holder[GLOBAL_KEY] ??= new ProviderRegistry<ApimEntry>();
  return holder[GLOBAL_KEY];
}

import type { ApimController } from '../apim/apim-controller.js';
import { apimRegistry } from '../apim/registry.js';
import type { PorticoAuthError } from '../auth/errors.js';
import { providerRegistry } from '../auth/registry.js';
import type { AuthController } from '../auth/types.js';

export type FakeProviderOptions =
  | {
      /** The id widgets name in `auth`. */
      readonly id: string;
      /** Button label; default: the controller's `config.label`. */
      readonly label?: string;
      readonly controller: AuthController;
    }
  | {
      readonly id: string;
      readonly label?: string;
      /** Registers a misconfigured provider instead: widgets show "sign-in unavailable". */
      readonly error: PorticoAuthError;
    };

/**
 * Puts a provider into the page's registry, as a `<portico-auth id="…">` would, so widgets with
 * `auth="id"` (or the page's only provider) use it.
 * @returns the function that removes it again.
 * @throws {Error} when a provider with that id is already registered.
 */
export function registerFakeProvider(options: FakeProviderOptions): () => void {
  const owner = {};
  const controller = 'controller' in options ? options.controller : null;
  const error = 'error' in options ? options.error : null;
  const label = options.label ?? controller?.config.label ?? options.id;
  if (!providerRegistry().set(owner, { id: options.id, label, controller, error })) {
    throw new Error(`registerFakeProvider: a provider with the id "${options.id}" is already registered; give each test its own id.`);
  }
  return () => providerRegistry().delete(owner, options.id);
}

/**
 * Puts an API Management back end into the page's registry, as a `<portico-apim id="…">` would,
 * so widgets with `apim="id"` use it. Returns the function that removes it again.
 */
export function registerFakeApim(id: string, controller: ApimController): () => void {
  const owner = {};
  if (!apimRegistry().set(owner, { id, controller, error: null })) {
    throw new Error(`registerFakeApim: a back end with the id "${id}" is already registered; give each test its own id.`);
  }
  return () => apimRegistry().delete(owner, id);
}

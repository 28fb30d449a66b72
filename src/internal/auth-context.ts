import { createContext } from '@lit/context';
import type { ProviderEntry } from '../auth/registry.js';

/** Provided by every `<portico-auth>` to the widgets inside it. */
export const authContext = createContext<ProviderEntry | undefined>(Symbol.for('portico.auth-context'));

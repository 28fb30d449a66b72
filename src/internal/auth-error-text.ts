import { authErrorFacts, type AuthErrorText } from '../auth/error-texts.js';
import type { PorticoAuthError } from '../auth/errors.js';
import type { ProviderConfig } from '../auth/types.js';
import type { Strings } from './strings.js';

type AuthErrorTexts = Readonly<Record<string, AuthErrorText | undefined>>;

/**
 * An identity provider's error in the reader's language, naming the provider's settings; the
 * controller's English for codes the catalogue does not cover (such as `unknown`, whose text
 * comes from the provider itself).
 */
export function authErrorText(error: PorticoAuthError, config: ProviderConfig | undefined, strings: Strings): { message: string; hint: string } {
  const text = (strings.authErrors as AuthErrorTexts)[error.code];
  if (!text || !config) return { message: error.message, hint: error.hint };
  const facts = authErrorFacts(config);
  return { message: text.message(facts), hint: text.hint(facts) };
}

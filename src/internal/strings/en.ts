import { apiConsoleAnswers } from './en/api-console-answers.js';
import { apiConsole } from './en/api-console.js';
import { apiConsoleSnippets } from './en/api-console-snippets.js';
import { apim } from './en/apim.js';
import { claimNames } from './en/claim-names.js';
import { core } from './en/core.js';
import { subscriptions } from './en/subscriptions.js';
import { tokenInspector } from './en/token-inspector.js';

export type { AuthErrorFacts } from './en/core.js';

/**
 * Every user-visible string of the widgets, in English. The type `Strings` is this object's type,
 * so every other locale's catalogue must have every key, with the same parameters for the
 * functions. Widgets never hold a literal sentence of their own.
 *
 * At run time English comes in parts (`./en/`), each shipped with the elements that show it
 * (`addEnglish` in ../strings.ts), so that a sign-in page does not download the console's strings.
 */
export const en = {
  ...core,
  ...claimNames,
  ...tokenInspector,
  apiConsole: { ...apiConsole.apiConsole, ...apiConsoleAnswers.apiConsole, ...apiConsoleSnippets.apiConsole },
  ...apim,
  ...subscriptions,
};

export type Strings = typeof en;

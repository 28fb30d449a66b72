import manifest from '../../custom-elements.json';
import { pascalCase } from '../../src/react/pascal-case.js';

/** The parts of a custom-elements.json declaration the stories read. */
interface Declaration {
  readonly kind: string;
  readonly tagName?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly attributes?: ReadonlyArray<{ readonly name: string }>;
  readonly events?: ReadonlyArray<{ readonly name: string }>;
  readonly slots?: ReadonlyArray<{ readonly name: string }>;
}

/** A custom element's declaration. */
type ElementDeclaration = Declaration & { readonly tagName: string };

const modules: ReadonlyArray<{ readonly declarations?: readonly Declaration[] }> = manifest.modules;

/** Every element custom-elements.json declares, by tag. */
const elements: ReadonlyMap<string, ElementDeclaration> = new Map(
  modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is ElementDeclaration => declaration.tagName !== undefined)
    .map((declaration) => [declaration.tagName, declaration]),
);

/** The element `tag` as custom-elements.json declares it; a tag it lacks is a bug in its JSDoc. */
export function declarationOf(tag: string): ElementDeclaration {
  const declaration = elements.get(tag);
  if (!declaration) throw new Error(`custom-elements.json declares no <${tag}>: run \`npx cem analyze\` after adding an element.`);
  return declaration;
}

/**
 * The arg Storybook creates for an event from the manifest, which its actions panel logs: named
 * like the React wrappers' event props (`portico-sign-in` → `onPorticoSignIn`).
 */
export function handlerName(event: string): string {
  return `on${pascalCase(event)}`;
}

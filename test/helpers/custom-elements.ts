import { expect } from '@open-wc/testing';

/** The parts of a custom-elements.json element declaration the tests read. */
export interface ElementDeclaration {
  readonly tagName: string;
  readonly name: string;
  readonly attributes?: ReadonlyArray<{ readonly name: string }>;
  readonly events?: ReadonlyArray<{ readonly name: string; readonly type?: { readonly text: string } }>;
}

/** Every element custom-elements.json declares (`npm test` regenerates it first, with `cem analyze`). */
export async function manifestElements(): Promise<ElementDeclaration[]> {
  const response = await fetch('/custom-elements.json');
  expect(response.ok, 'custom-elements.json is missing: run `npx cem analyze`').to.equal(true);
  const manifest = (await response.json()) as { modules: Array<{ declarations?: Array<Partial<ElementDeclaration>> }> };
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is ElementDeclaration => declaration.tagName !== undefined);
}

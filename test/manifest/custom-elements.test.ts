/**
 * custom-elements.json is what Storybook, editors and framework wrappers know of Portico: it must
 * describe the elements `portico-widgets` actually defines, as they run. Its text sources (JSDoc,
 * README) are checked in test/node/custom-elements-manifest.test.js.
 */
import { expect } from '@open-wc/testing';
import * as portico from '../../src/index.js';
import { manifestElements, type ElementDeclaration } from '../helpers/custom-elements.js';

type Class = { readonly name: string; readonly prototype: unknown };
const classes = (Object.values(portico) as unknown[]).filter((value): value is Class => typeof value === 'function');
const elementClasses = classes.filter((value): value is Class & CustomElementConstructor => value.prototype instanceof HTMLElement);
/** Event class name → the event name it fires (its static `type`). */
const eventClasses = new Map(
  classes
    .filter((value): value is Class & { readonly type: string } => value.prototype instanceof Event && typeof (value as { type?: unknown }).type === 'string')
    .map((value) => [value.name, value.type]),
);

const sorted = (names: Iterable<string>) => [...names].sort();

describe('custom-elements.json', () => {
  let declarations: ElementDeclaration[];
  before(async () => (declarations = await manifestElements()));

  it('declares every element portico-widgets defines, by its tag and class name', () => {
    for (const elementClass of elementClasses) {
      const tag = customElements.getName(elementClass);
      const declaration = declarations.find(({ tagName }) => tagName === tag);
      expect(declaration, `<${tag}> (${elementClass.name}) is missing`).to.exist;
      expect(declaration!.name).to.equal(elementClass.name);
    }
  });

  it('declares only elements that importing portico-widgets defines', () => {
    for (const { tagName } of declarations) expect(customElements.get(tagName), `<${tagName}> is not defined by portico-widgets`).to.exist;
  });

  it('lists exactly the attributes each element observes', () => {
    for (const { tagName, attributes = [] } of declarations) {
      const observed = (customElements.get(tagName) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
      expect(sorted(attributes.map(({ name }) => name)), `<${tagName}>'s attributes`).to.deep.equal(sorted(observed));
    }
  });

  it('types every event with the exported event class that fires under its name', () => {
    for (const { tagName, events = [] } of declarations) {
      for (const { name, type } of events) {
        expect(type?.text, `<${tagName}> ${name} has no {type}`).to.be.a('string');
        expect(eventClasses.get(type!.text), `<${tagName}> ${name}: ${type!.text} is not an exported event class of that name`).to.equal(name);
      }
    }
  });

  it('has every exported event class fired by at least one element', () => {
    const fired = new Set(declarations.flatMap(({ events = [] }) => events.map(({ name }) => name)));
    for (const [className, name] of eventClasses) expect(fired.has(name), `no element declares ${name} (${className})`).to.equal(true);
  });
});

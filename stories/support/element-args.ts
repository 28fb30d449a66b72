import type { Args } from '@storybook/web-components-vite';
import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { declarationOf, handlerName } from './manifest.js';

/**
 * `<portico-x ${elementArgs(args)}>`: a story's args applied the way custom-elements.json
 * describes the element, so every control works without a render per attribute. An arg named
 * like an attribute sets it (`true` → present, `false`/`undefined`/`''` → absent, so cleared
 * controls fall back to the element's default); an event's handler arg (Storybook's action,
 * `onPorticoSignIn`) listens to that event. Args the story does not have are left alone, so a
 * template may still write an attribute itself.
 */
class ElementArgs extends Directive {
  readonly #listeners = new Map<string, EventListener>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('elementArgs() belongs inside a tag: <portico-x ${elementArgs(args)}>.');
  }

  render(_args: Args): typeof noChange {
    return noChange;
  }

  override update({ element }: ElementPart, [args]: [Args]): typeof noChange {
    const declaration = declarationOf(element.localName);
    for (const { name } of declaration.attributes ?? []) {
      if (!(name in args)) continue;
      const value: unknown = args[name];
      if (value === undefined || value === null || value === false || value === '') element.removeAttribute(name);
      else element.setAttribute(name, value === true ? '' : String(value));
    }
    for (const { name } of declaration.events ?? []) {
      const previous = this.#listeners.get(name);
      const handler: unknown = args[handlerName(name)];
      if (handler === previous) continue;
      if (previous) element.removeEventListener(name, previous);
      this.#listeners.delete(name);
      if (typeof handler === 'function') {
        element.addEventListener(name, handler as EventListener);
        this.#listeners.set(name, handler as EventListener);
      }
    }
    return noChange;
  }
}

export const elementArgs = directive(ElementArgs);

/**
 * The text of each named-slot arg (a control Storybook makes from the manifest's slots) as an
 * element in that slot, e.g. `<span slot="signed-out">Nobody is signed in.</span>`.
 */
export function slottedArgs(tag: string, args: Args): TemplateResult[] {
  return (declarationOf(tag).slots ?? [])
    .filter(({ name }) => name && typeof args[name] === 'string' && args[name])
    .map(({ name }) => html`<span slot=${name}>${args[name]}</span>`);
}

import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { stringsFor, type Strings } from './strings.js';

/**
 * The base of every Portico widget. It renders with the strings of the nearest `lang`, and keeps
 * a bug in one widget inside that widget (SPEC: never throw out of a lifecycle callback, never
 * blank the page): a failed before- or after-render step logs; a render that throws logs and draws nothing.
 */
export abstract class PorticoElement extends LitElement {
  /** The widget's content, in the reader's language. */
  protected abstract renderContent(strings: Strings): TemplateResult | typeof nothing;

  /** Work before each render (state derived from what changed, async work to start); guarded like `render`. */
  protected beforeRender(_changed: PropertyValues<this>): void {}

  /** Work after each render (problems to report, custom states), with the strings it rendered with. */
  protected afterRender(_strings: Strings): void {}

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      this.beforeRender(changed);
    } catch (error) {
      console.error(`Portico <${this.localName}>:`, error);
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    try {
      return this.renderContent(stringsFor(this));
    } catch (error) {
      console.error(`Portico <${this.localName}> could not render:`, error);
      return nothing;
    }
  }

  protected override updated(): void {
    try {
      this.afterRender(stringsFor(this));
    } catch (error) {
      console.error(`Portico <${this.localName}>:`, error);
    }
  }
}

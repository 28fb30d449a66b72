import { LitElement, nothing, type TemplateResult } from 'lit';
import { stringsFor, type Strings } from './strings.js';

/**
 * The base of every Portico widget. It renders with the strings of the nearest `lang`, and keeps
 * a bug in one widget inside that widget (SPEC: never throw out of a lifecycle callback, never
 * blank the page): a render that throws logs and draws nothing; a failed after-render step logs.
 */
export abstract class PorticoElement extends LitElement {
  /** The widget's content, in the reader's language. */
  protected abstract renderContent(strings: Strings): TemplateResult | typeof nothing;

  /** Work after each render (problems to report, custom states), with the strings it rendered with. */
  protected afterRender(_strings: Strings): void {}

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

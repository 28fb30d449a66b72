import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Spacing, radius and font: the same in light and dark, each defined here and nowhere else.
 */
const scale = `
  --_portico-space-2: var(--portico-space-2, 0.375rem);
  --_portico-space-3: var(--portico-space-3, 0.75rem);
  --_portico-space-4: var(--portico-space-4, 1rem);
  --_portico-radius: var(--portico-radius, 6px);
  --_portico-font: var(--portico-font, 14px/1.45 system-ui, sans-serif);
  --_portico-font-mono: var(--portico-font-mono, ui-monospace, monospace);
`;

/**
 * Theme tokens shared by the widgets. Authors set the public `--portico-*` properties; each
 * widget reads them through private `--_portico-*` copies set on its own host, so a widget nested
 * in another (the gate's sign-in button) takes the same public tokens but never its parent's
 * private values.
 */
const light = `
  --_portico-surface: var(--portico-color-surface, #ffffff);
  --_portico-text: var(--portico-color-text, #1b1b1f);
  --_portico-muted: var(--portico-color-text-muted, #5c5c66);
  --_portico-border: var(--portico-color-border, #d1d1d6);
  --_portico-accent: var(--portico-color-accent, #0f6cbd);
  --_portico-on-accent: var(--portico-color-on-accent, #ffffff);
  --_portico-focus: var(--portico-color-focus, #0f6cbd);
  --_portico-chip: var(--portico-color-chip, #ebf3fc);
  --_portico-on-chip: var(--portico-color-on-chip, #0c3b5e);
  --_portico-error: var(--portico-color-error, #a4262c);
  --_portico-danger-border: var(--portico-color-danger-border, #d13438);
  --_portico-danger-surface: var(--portico-color-danger-surface, #fdf3f4);
  --_portico-danger-text: var(--portico-color-danger-text, #751d1f);
  --_portico-scheme: light;
`;

const dark = `
  --_portico-surface: var(--portico-color-surface, #1f1f23);
  --_portico-text: var(--portico-color-text, #f3f3f5);
  --_portico-muted: var(--portico-color-text-muted, #b4b4bd);
  --_portico-border: var(--portico-color-border, #4a4a52);
  --_portico-accent: var(--portico-color-accent, #479ef5);
  --_portico-on-accent: var(--portico-color-on-accent, #0a0a0a);
  --_portico-focus: var(--portico-color-focus, #479ef5);
  --_portico-chip: var(--portico-color-chip, #16324f);
  --_portico-on-chip: var(--portico-color-on-chip, #cfe4fa);
  --_portico-error: var(--portico-color-error, #ff99a4);
  --_portico-danger-border: var(--portico-color-danger-border, #f1707b);
  --_portico-danger-surface: var(--portico-color-danger-surface, #3b1a1d);
  --_portico-danger-text: var(--portico-color-danger-text, #ffd7db);
  --_portico-scheme: dark;
`;

/**
 * Custom properties for the light and the dark scheme, each written once: light by default, dark
 * under `prefers-color-scheme: dark`, and `theme="light|dark"` wins over both.
 */
export function schemeStyles(lightProperties: string, darkProperties: string): CSSResult {
  return css`
    :host {
      ${unsafeCSS(lightProperties)}
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        ${unsafeCSS(darkProperties)}
      }
    }
    :host([theme='dark']) {
      ${unsafeCSS(darkProperties)}
    }
  `;
}

/**
 * Light by default, dark under `prefers-color-scheme: dark`, and `theme="light|dark"` wins over both.
 * The host sets only private custom properties: font and colour go on the widget's own boxes
 * (`.themed`, buttons), never on a box around a slot, so nothing is inherited by the author's
 * slotted content.
 */
export const themeStyles = css`
  :host {
    ${unsafeCSS(scale)}
  }
  ${schemeStyles(light, dark)}
  :host([hidden]) {
    display: none !important;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .themed,
  button {
    font: var(--_portico-font);
  }
  .themed {
    color: var(--_portico-text);
  }
  /* Not on the host: color-scheme is inherited and would recolour the author's slotted links. */
  .themed,
  button {
    color-scheme: var(--_portico-scheme);
  }
  button:focus-visible {
    outline: 2px solid var(--_portico-focus);
    outline-offset: 2px;
  }
`;

/** `theme` values; empty follows `prefers-color-scheme`. */
export const THEMES = ['light', 'dark'] as const;

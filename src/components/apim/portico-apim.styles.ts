import { css } from 'lit';
import { providerStatusStyles } from '../../internal/provider-status.js';

export const styles = [
  providerStatusStyles,
  css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }
  `,
];

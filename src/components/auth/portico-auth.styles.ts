import { css } from 'lit';
import { diagnosticStyles } from '../../internal/diagnostic.js';

export const styles = [
  diagnosticStyles,
  css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }
  `,
];

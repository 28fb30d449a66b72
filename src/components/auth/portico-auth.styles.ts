import { css } from 'lit';
import { diagnosticStyles } from '../../internal/diagnostic.js';
import { themeStyles } from '../../internal/theme.js';

export const styles = [
  themeStyles,
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

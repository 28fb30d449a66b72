import { css } from 'lit';
import { schemeStyles } from '../../../internal/theme.js';

/**
 * The styles of what the console shows once it has fetched a part after first paint: an answer
 * (its status, body, stream, explanation), a snippet, a webhook. Each of those parts adds them to
 * the console's own (`addPartStyles`) when it arrives, so the form's first paint does not wait for them.
 */
export const answerStyles = css`
    ${schemeStyles(
      `--_json-key: var(--portico-api-console-json-key, #7b2a78);
       --_json-string: var(--portico-api-console-json-string, #1a6b1f);
       --_json-number: var(--portico-api-console-json-number, #0f548c);
       --_json-literal: var(--portico-api-console-json-literal, #a4262c);`,
      `--_json-key: var(--portico-api-console-json-key, #e3a6f0);
       --_json-string: var(--portico-api-console-json-string, #9fdc8c);
       --_json-number: var(--portico-api-console-json-number, #8fc8ff);
       --_json-literal: var(--portico-api-console-json-literal, #ffb3b8);`,
    )}
    ${schemeStyles(
      `--_status-2xx: #0e6a2f; --_status-3xx: #0b4a8b; --_status-4xx: #8a4b00; --_status-5xx: #a4262c;`,
      `--_status-2xx: #8fdca6; --_status-3xx: #8fc8ff; --_status-4xx: #ffc86b; --_status-5xx: #ff99a4;`,
    )}
    /* Code */
    .code-block {
      box-sizing: border-box;
      max-block-size: var(--portico-api-console-code-max-height, 32rem);
      margin: 0;
      padding: 0.5rem 0.75rem;
      overflow: auto;
      border: 1px solid var(--_portico-border);
      border-radius: var(--_portico-radius);
      font-size: 0.8125em;
      line-height: 1.5;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      tab-size: 2;
    }
    .chunk {
      display: block;
      content-visibility: auto;
      contain-intrinsic-block-size: auto 40rem;
    }
    .json-key {
      color: var(--_json-key);
    }
    .json-string {
      color: var(--_json-string);
    }
    .json-number {
      color: var(--_json-number);
    }
    .json-literal {
      color: var(--_json-literal);
      font-weight: 600;
    }

    .status[data-status-class='2xx'] {
      color: var(--_status-2xx);
    }
    .status[data-status-class='3xx'] {
      color: var(--_status-3xx);
    }
    .status[data-status-class='4xx'] {
      color: var(--_status-4xx);
    }
    .status[data-status-class='5xx'] {
      color: var(--_status-5xx);
    }
    .explanation {
      display: grid;
      gap: 0.5rem;
      padding: 0.75rem;
      border: 1px solid var(--_portico-error);
      border-inline-start-width: 4px;
      border-radius: var(--_portico-radius);
      overflow-wrap: anywhere;
    }
    .explanation[data-kind='cancelled'] {
      border-color: var(--_portico-border);
    }
    .explanation-title {
      font-weight: 600;
    }
    .causes {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .comparison,
    .headers-table {
      border-collapse: collapse;
      font-size: 0.875em;
    }
    .comparison caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.25rem;
    }
    .comparison th,
    .comparison td,
    .headers-table th,
    .headers-table td {
      padding: 0.25rem 0.5rem;
      border-block-start: 1px solid var(--_portico-border);
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    .comparison th[scope='row'],
    .headers-table th {
      font-weight: normal;
      white-space: nowrap;
    }
    .comparison .mismatch td:first-of-type {
      color: var(--_portico-error);
      font-weight: 600;
    }
    .truncated {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .image {
      display: block;
      max-inline-size: 100%;
      max-block-size: 24rem;
    }
    .stream {
      display: grid;
      gap: var(--_portico-space-2);
    }
    .stream-summary {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_portico-space-2);
      align-items: center;
    }
    .events {
      display: grid;
      gap: 2px;
      margin: 0;
      padding: 0;
      list-style: none;
      max-block-size: var(--portico-api-console-code-max-height, 24rem);
      overflow: auto;
    }
    .event {
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_portico-border);
      border-radius: var(--_portico-radius);
    }
    .event-meta {
      display: flex;
      gap: 0.5rem;
      color: var(--_portico-muted);
      font-size: 0.875em;
    }
    .event-data {
      margin: 0;
      font-family: var(--_portico-font-mono);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .payload {
      display: grid;
      gap: var(--_portico-space-2);
    }
    .payload-title {
      font-weight: 600;
    }
`;

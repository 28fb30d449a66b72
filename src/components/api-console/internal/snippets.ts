import type { ConsoleRequest } from '../../../events/portico-before-send-event.js';
import { csharp } from './snippets/csharp.js';
import { curl } from './snippets/curl.js';
import { fetchCode } from './snippets/fetch.js';
import { powershell } from './snippets/powershell.js';
import { python } from './snippets/python.js';

/** The languages a request can be copied as, in the order the console offers them. */
export const SnippetKind = {
  Curl: 'curl',
  Fetch: 'fetch',
  PowerShell: 'powershell',
  Python: 'python',
  CSharp: 'csharp',
} as const;
export type SnippetKind = (typeof SnippetKind)[keyof typeof SnippetKind];

const WRITERS: Readonly<Record<SnippetKind, (request: ConsoleRequest) => string>> = {
  curl,
  fetch: fetchCode,
  powershell,
  python,
  csharp,
};

/**
 * A request as a command or code a developer can paste: every language is written from the same
 * request the console sends. Redact the request first (see `redactRequest`) unless the user asked
 * for the secrets to be included.
 */
export function snippet(kind: SnippetKind, request: ConsoleRequest): string {
  return WRITERS[kind](request);
}

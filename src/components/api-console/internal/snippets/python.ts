import type { ConsoleRequest } from '../../../../events/portico-before-send-event.js';
import { doubleQuoted, fileName, formFieldText } from './literals.js';

/**
 * Python 3 with `requests`. A text body is sent as UTF-8 bytes (a `str` would go out as
 * Latin-1); a form goes entirely in `files`, fields as `(None, value)`, so it stays multipart in
 * its own order even without a file.
 */
export function python({ method, url, headers, body }: ConsoleRequest): string {
  const args = [doubleQuoted(method), doubleQuoted(url)];
  const headerEntries = Object.entries(headers);
  if (headerEntries.length)
    args.push(`headers={\n${headerEntries.map(([name, value]) => `        ${doubleQuoted(name)}: ${doubleQuoted(value)},`).join('\n')}\n    }`);
  if (typeof body === 'string') args.push(`data=${doubleQuoted(body)}.encode("utf-8")`);
  else if (body instanceof URLSearchParams) args.push(`data=${doubleQuoted(body.toString())}`);
  else if (body instanceof FormData) {
    const parts = [...body].map(([name, value]) =>
      typeof value === 'string'
        ? `(${doubleQuoted(name)}, (None, ${doubleQuoted(formFieldText(value))}))`
        : `(${doubleQuoted(name)}, (${doubleQuoted(fileName(value))}, open(${doubleQuoted(fileName(value))}, "rb")${value.type ? `, ${doubleQuoted(value.type)}` : ''}))`,
    );
    args.push(`files=[\n${parts.map((part) => `        ${part},`).join('\n')}\n    ]`);
  } else if (body instanceof Blob) args.push(`data=open(${doubleQuoted(fileName(body))}, "rb")`);
  return [
    'import requests',
    '',
    `response = requests.request(\n${args.map((arg) => `    ${arg},`).join('\n')}\n)`,
    'print(response.status_code)',
    'print(response.text)',
  ].join('\n');
}

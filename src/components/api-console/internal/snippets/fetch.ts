import type { ConsoleRequest } from '../../../../events/portico-before-send-event.js';
import { fileName, jsString } from './literals.js';

/** JavaScript with `fetch`, for a browser console or Node 18+. */
export function fetchCode({ method, url, headers, body }: ConsoleRequest): string {
  const options: string[] = [];
  if (method !== 'GET') options.push(`method: ${jsString(method)},`);
  const headerLines = Object.entries(headers).map(([name, value]) => `  ${jsString(name)}: ${jsString(value)},`);
  if (headerLines.length) options.push('headers: {', ...headerLines, '},');
  const before: string[] = [];
  if (typeof body === 'string') options.push(`body: ${jsString(body)},`);
  else if (body instanceof URLSearchParams) options.push(`body: new URLSearchParams(${jsString(body.toString())}),`);
  else if (body instanceof FormData) {
    before.push('const body = new FormData();');
    for (const [name, value] of body) {
      before.push(
        typeof value === 'string' ? `body.append(${jsString(name)}, ${jsString(value)});` : `body.append(${jsString(name)}, file); // ${fileName(value)}`,
      );
    }
    options.push('body,');
  } else if (body instanceof Blob) options.push(`body: file, // ${fileName(body)}`);
  const call = options.length ? `await fetch(${jsString(url)}, {\n${options.map((line) => `  ${line}`).join('\n')}\n})` : `await fetch(${jsString(url)})`;
  return [...before, `const response = ${call};`].join('\n');
}

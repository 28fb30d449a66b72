import type { ConsoleRequest } from '../../../events/portico-before-send-event.js';

/** The languages a request can be copied as. */
export const SnippetKind = { Curl: 'curl', Fetch: 'fetch' } as const;
export type SnippetKind = (typeof SnippetKind)[keyof typeof SnippetKind];

/**
 * A request as a command or code a developer can paste. Redact the request first (see
 * `redactRequest`) unless the user asked for the secrets to be included.
 */
export function snippet(kind: SnippetKind, request: ConsoleRequest): string {
  return kind === SnippetKind.Curl ? curl(request) : fetchCode(request);
}

function curl({ method, url, headers, body }: ConsoleRequest): string {
  const lines = [method === 'GET' ? `curl ${shell(url)}` : method === 'HEAD' ? `curl --head ${shell(url)}` : `curl -X ${method} ${shell(url)}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`-H ${shell(`${name}: ${value}`)}`);
  if (typeof body === 'string') lines.push(`--data-raw ${shell(body)}`);
  else if (body instanceof URLSearchParams) lines.push(`--data-raw ${shell(body.toString())}`);
  else if (body instanceof FormData) {
    for (const [name, value] of body) lines.push(`-F ${shell(typeof value === 'string' ? `${name}=${value}` : `${name}=@${value.name}`)}`);
  } else if (body instanceof Blob) lines.push(`--data-binary ${shell(`@${fileName(body)}`)}`);
  return lines.join(' \\\n  ');
}

function fetchCode({ method, url, headers, body }: ConsoleRequest): string {
  const options: string[] = [];
  if (method !== 'GET') options.push(`method: ${js(method)},`);
  const headerLines = Object.entries(headers).map(([name, value]) => `    ${js(name)}: ${js(value)},`);
  if (headerLines.length) options.push('headers: {', ...headerLines.map((line) => line.slice(2)), '},');
  const before: string[] = [];
  if (typeof body === 'string') options.push(`body: ${js(body)},`);
  else if (body instanceof URLSearchParams) options.push(`body: new URLSearchParams(${js(body.toString())}),`);
  else if (body instanceof FormData) {
    before.push('const body = new FormData();');
    for (const [name, value] of body) {
      before.push(typeof value === 'string' ? `body.append(${js(name)}, ${js(value)});` : `body.append(${js(name)}, file); // ${value.name}`);
    }
    options.push('body,');
  } else if (body instanceof Blob) options.push(`body: file, // ${fileName(body)}`);
  const call = options.length ? `await fetch(${js(url)}, {\n${options.map((line) => `  ${line}`).join('\n')}\n})` : `await fetch(${js(url)})`;
  return [...before, `const response = ${call};`].join('\n');
}

/** A single-quoted shell word: safe for any text. */
function shell(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** A JavaScript string literal. */
function js(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replaceAll("\\\"", '"').replaceAll("'", "\\'")}'`;
}

function fileName(blob: Blob): string {
  return blob instanceof File && blob.name ? blob.name : 'body.bin';
}

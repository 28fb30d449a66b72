import type { ConsoleRequest } from '../../../../events/portico-before-send-event.js';
import { fileName, formFieldText, shellWord } from './literals.js';

/** A `curl` command line for a POSIX shell. */
export function curl({ method, url, headers, body }: ConsoleRequest): string {
  const first = method === 'GET' ? `curl ${shellWord(url)}` : method === 'HEAD' ? `curl --head ${shellWord(url)}` : `curl -X ${method} ${shellWord(url)}`;
  const lines = [first];
  for (const [name, value] of Object.entries(headers)) lines.push(`-H ${shellWord(`${name}: ${value}`)}`);
  if (typeof body === 'string') lines.push(`--data-raw ${shellWord(body)}`);
  else if (body instanceof URLSearchParams) lines.push(`--data-raw ${shellWord(body.toString())}`);
  else if (body instanceof FormData) {
    // --form-string: a value starting with @ or < is sent as written, not read from a file.
    for (const [name, value] of body) {
      lines.push(
        typeof value === 'string'
          ? `--form-string ${shellWord(`${name}=${formFieldText(value)}`)}`
          : `-F ${shellWord(`${name}=@${fileName(value)}${value.type ? `;type=${value.type}` : ''}`)}`,
      );
    }
  } else if (body instanceof Blob) lines.push(`--data-binary ${shellWord(`@${fileName(body)}`)}`);
  return lines.join(' \\\n  ');
}

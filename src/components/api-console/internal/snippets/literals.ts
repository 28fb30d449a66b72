/**
 * String literals for the snippet languages: each turns any text into source that reads back as
 * exactly that text, quotes, backslashes, newlines and control characters included.
 */

/**
 * A shell word: single-quoted, or ANSI-C quoted (`$'…'`, bash and zsh) when the text holds a
 * control character other than a newline or tab, which would be invisible or lost when pasted.
 */
export function shellWord(text: string): string {
  if (!/[\u0000-\u0008\u000b-\u001f\u007f]/u.test(text)) return `'${text.replaceAll("'", `'\\''`)}'`;
  const escaped = text.replace(/[\\'\u0000-\u001f\u007f]/gu, (char) => ANSI_C_ESCAPES[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `$'${escaped}'`;
}

const ANSI_C_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A form field's text as browsers send it in multipart bodies: every line break as CRLF. */
export function formFieldText(text: string): string {
  return text.replace(/\r\n|\r|\n/gu, '\r\n');
}

/**
 * A PowerShell string: single-quoted (nothing interpolated, quotes doubled, PowerShell's curly
 * quotes too), or double-quoted with backtick escapes when it holds a control character other
 * than a newline or tab.
 */
export function powershellString(text: string): string {
  if (!/[\u0000-\u0008\u000b-\u001f\u007f]/u.test(text)) return `'${text.replace(/['\u2018\u2019]/gu, (quote) => quote + quote)}'`;
  return `"${text.replace(/[`$"\u201c\u201d\u0000-\u001f\u007f]/gu, (char) => POWERSHELL_ESCAPES[char] ?? `\`${char}`)}"`;
}

const POWERSHELL_ESCAPES: Readonly<Record<string, string>> = { '\0': '`0', '\n': '`n', '\r': '`r', '\t': '`t', '\u001b': '`e' };

/**
 * A double-quoted string in a language whose escapes include JSON's (`\"`, `\\`, `\n`, `\t`,
 * `\uXXXX`): Python and C# both read a JSON string as the same text.
 */
export function doubleQuoted(text: string): string {
  return JSON.stringify(text);
}

/** A single-quoted JavaScript string. */
export function jsString(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'")}'`;
}

/** The name a file part or binary body goes by in a snippet. */
export function fileName(blob: Blob): string {
  return blob instanceof File && blob.name ? blob.name : 'body.bin';
}

/** The request's `Content-Type`, whatever the header's case, and the other headers. */
export function splitContentType(headers: Readonly<Record<string, string>>): { contentType: string | undefined; others: [string, string][] } {
  let contentType: string | undefined;
  const others: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'content-type') contentType = value;
    else others.push([name, value]);
  }
  return { contentType, others };
}

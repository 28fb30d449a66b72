import type { ConsoleRequest } from '../../../../events/portico-before-send-event.js';
import { fileName, formFieldText, powershellString, splitContentType } from './literals.js';

/**
 * PowerShell 7 with `Invoke-RestMethod`. The content type goes in `-ContentType` (Windows
 * PowerShell refuses it among `-Headers`); a form uses `-Form`, a binary body `-InFile`.
 */
export function powershell({ method, url, headers, body }: ConsoleRequest): string {
  const { contentType, others } = splitContentType(headers);
  const lines: string[] = [];
  const call = [`Invoke-RestMethod -Uri ${powershellString(url)}`, `-Method ${pascal(method)}`];
  if (others.length) {
    lines.push('$headers = @{', ...others.map(([name, value]) => `  ${powershellString(name)} = ${powershellString(value)}`), '}');
    call.push('-Headers $headers');
  }
  if (body instanceof FormData) {
    lines.push('$form = @{');
    for (const [name, values] of grouped(body)) {
      const items = values.map((value) =>
        typeof value === 'string' ? powershellString(formFieldText(value)) : `(Get-Item ${powershellString(fileName(value))})`,
      );
      lines.push(`  ${powershellString(name)} = ${items.length === 1 ? items[0] : `@(${items.join(', ')})`}`);
    }
    lines.push('}');
    call.push('-Form $form');
  } else {
    if (contentType && body !== null) call.push(`-ContentType ${powershellString(contentType)}`);
    if (typeof body === 'string') call.push(`-Body ${powershellString(body)}`);
    else if (body instanceof URLSearchParams) call.push(`-Body ${powershellString(body.toString())}`);
    else if (body instanceof Blob) call.push(`-InFile ${powershellString(fileName(body))}`);
  }
  lines.push(`$response = ${call.join(' `\n  ')}`);
  return lines.join('\n');
}

/** `Invoke-RestMethod`'s `-Method` values are PascalCase words (`Get`, `Post`, `Delete`). */
function pascal(method: string): string {
  return method.charAt(0) + method.slice(1).toLowerCase();
}

/** A form's entries by name, in first-seen order: `-Form` takes an array for a repeated name. */
function grouped(form: FormData): Map<string, FormDataEntryValue[]> {
  const byName = new Map<string, FormDataEntryValue[]>();
  for (const [name, value] of form) byName.set(name, [...(byName.get(name) ?? []), value]);
  return byName;
}

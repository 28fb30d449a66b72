import type { ConsoleRequest } from '../../../../events/portico-before-send-event.js';
import { doubleQuoted, fileName, formFieldText, splitContentType } from './literals.js';

/**
 * C# with `HttpClient` (top-level statements, .NET 6+). The content type belongs to the content,
 * not the request's headers, where `HttpClient` would drop it.
 */
export function csharp({ method, url, headers, body }: ConsoleRequest): string {
  const { contentType, others } = splitContentType(headers);
  const lines = [
    'using var client = new HttpClient();',
    `using var request = new HttpRequestMessage(new HttpMethod(${doubleQuoted(method)}), ${doubleQuoted(url)});`,
    ...others.map(([name, value]) => `request.Headers.TryAddWithoutValidation(${doubleQuoted(name)}, ${doubleQuoted(value)});`),
  ];
  if (body instanceof FormData) {
    lines.push('var form = new MultipartFormDataContent();');
    let files = 0;
    body.forEach((value, name) => {
      if (typeof value === 'string') {
        lines.push(`form.Add(new StringContent(${doubleQuoted(formFieldText(value))}), ${doubleQuoted(name)});`);
        return;
      }
      files += 1;
      const file = `file${files}`;
      lines.push(`var ${file} = new StreamContent(File.OpenRead(${doubleQuoted(fileName(value))}));`);
      if (value.type) lines.push(`${file}.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(${doubleQuoted(value.type)});`);
      lines.push(`form.Add(${file}, ${doubleQuoted(name)}, ${doubleQuoted(fileName(value))});`);
    });
    lines.push('request.Content = form;');
  } else if (body !== null) {
    lines.push(
      body instanceof Blob
        ? `request.Content = new ByteArrayContent(File.ReadAllBytes(${doubleQuoted(fileName(body))}));`
        : `request.Content = new StringContent(${doubleQuoted(body.toString())});`,
    );
    if (contentType) lines.push(`request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(${doubleQuoted(contentType)});`);
  }
  lines.push(
    'using var response = await client.SendAsync(request);',
    'Console.WriteLine((int)response.StatusCode);',
    'Console.WriteLine(await response.Content.ReadAsStringAsync());',
  );
  return lines.join('\n');
}

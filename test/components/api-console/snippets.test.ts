import { expect } from '@open-wc/testing';
import { redact, redactRequest, requestSecrets } from '../../../src/components/api-console/internal/secrets.js';
import { snippet } from '../../../src/components/api-console/internal/snippets.js';

describe('snippets', () => {
  it('quotes anything safely for a shell', () => {
    const code = snippet('curl', { method: 'PUT', url: "https://api.example/it's", headers: { 'X-Note': "a 'quote' $HOME `cmd`" }, body: "it's" });
    expect(code).to.equal(
      ["curl -X PUT 'https://api.example/it'\\''s'", "-H 'X-Note: a '\\''quote'\\'' $HOME `cmd`'", "--data-raw 'it'\\''s'"].join(' \\\n  '),
    );
  });

  it('writes form bodies and files for curl and fetch', () => {
    const form = new FormData();
    form.append('caption', 'me');
    form.append('file', new File(['x'], 'photo.png'));
    const request = { method: 'POST', url: 'https://api.example/upload', headers: {}, body: form };
    expect(snippet('curl', request)).to.equal(
      ["curl -X POST 'https://api.example/upload'", "--form-string 'caption=me'", "-F 'file=@photo.png'"].join(' \\\n  '),
    );
    expect(snippet('fetch', request)).to.equal(
      [
        'const body = new FormData();',
        "body.append('caption', 'me');",
        "body.append('file', file); // photo.png",
        "const response = await fetch('https://api.example/upload', {",
        "  method: 'POST',",
        '  body,',
        '});',
      ].join('\n'),
    );
    expect(snippet('fetch', { method: 'POST', url: 'https://a.example/', headers: {}, body: new URLSearchParams('a=1&b=2') })).to.contain(
      "body: new URLSearchParams('a=1&b=2'),",
    );
  });

  it('writes PowerShell, Python and C# from the same request, content type where each language wants it', () => {
    const request = {
      method: 'POST',
      url: 'https://api.example/orders?note=it%27s',
      headers: { 'Content-Type': 'application/json', 'X-Note': 'it\'s "so"' },
      body: '{"note":"it\'s \\"so\\""}',
    };
    expect(snippet('powershell', request)).to.equal(
      [
        '$headers = @{',
        "  'X-Note' = 'it''s \"so\"'",
        '}',
        "$response = Invoke-RestMethod -Uri 'https://api.example/orders?note=it%27s' `",
        '  -Method Post `',
        '  -Headers $headers `',
        "  -ContentType 'application/json' `",
        '  -Body \'{"note":"it\'\'s \\"so\\""}\'',
      ].join('\n'),
    );
    expect(snippet('python', request)).to.equal(
      [
        'import requests',
        '',
        'response = requests.request(',
        '    "POST",',
        '    "https://api.example/orders?note=it%27s",',
        '    headers={',
        '        "Content-Type": "application/json",',
        '        "X-Note": "it\'s \\"so\\"",',
        '    },',
        '    data="{\\"note\\":\\"it\'s \\\\\\"so\\\\\\"\\"}".encode("utf-8"),',
        ')',
        'print(response.status_code)',
        'print(response.text)',
      ].join('\n'),
    );
    expect(snippet('csharp', request)).to.equal(
      [
        'using var client = new HttpClient();',
        'using var request = new HttpRequestMessage(new HttpMethod("POST"), "https://api.example/orders?note=it%27s");',
        'request.Headers.TryAddWithoutValidation("X-Note", "it\'s \\"so\\"");',
        'request.Content = new StringContent("{\\"note\\":\\"it\'s \\\\\\"so\\\\\\"\\"}");',
        'request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json");',
        'using var response = await client.SendAsync(request);',
        'Console.WriteLine((int)response.StatusCode);',
        'Console.WriteLine(await response.Content.ReadAsStringAsync());',
      ].join('\n'),
    );
  });

  it('writes forms with arrays of files in every language, each file with its type', () => {
    const form = new FormData();
    form.append('note', 'two\nlines');
    form.append('files', new File(['a'], 'a.png', { type: 'image/png' }));
    form.append('files', new File(['b'], 'b.png', { type: 'image/png' }));
    const request = { method: 'POST', url: 'https://api.example/upload', headers: {}, body: form };
    expect(snippet('curl', request)).to.equal(
      [
        "curl -X POST 'https://api.example/upload'",
        "--form-string $'note=two\\r\\nlines'",
        "-F 'files=@a.png;type=image/png'",
        "-F 'files=@b.png;type=image/png'",
      ].join(' \\\n  '),
    );
    expect(snippet('python', request)).to.contain(
      [
        '    files=[',
        '        ("note", (None, "two\\r\\nlines")),',
        '        ("files", ("a.png", open("a.png", "rb"), "image/png")),',
        '        ("files", ("b.png", open("b.png", "rb"), "image/png")),',
        '    ],',
      ].join('\n'),
    );
    expect(snippet('powershell', request)).to.contain(
      ['$form = @{', '  \'note\' = "two`r`nlines"', "  'files' = @((Get-Item 'a.png'), (Get-Item 'b.png'))", '}'].join('\n'),
    );
    expect(snippet('csharp', request)).to.contain('form.Add(file2, "files", "b.png");');
  });

  it('writes a GET without options as a bare fetch', () => {
    expect(snippet('fetch', { method: 'GET', url: 'https://api.example/', headers: {}, body: null })).to.equal(
      "const response = await fetch('https://api.example/');",
    );
  });

  it('finds credentials whoever set them, and redacts them as written and as URL-encoded', () => {
    const request = {
      method: 'GET',
      url: 'https://api.example/?key=a%2Bb%3D',
      headers: { Authorization: 'Basic dXNlcjpwYXNz', 'X-Key': 'k1', Cookie: 'session=s' },
      body: null,
    };
    const secrets = requestSecrets(request, 'x-key', 'key');
    expect(secrets.map((secret) => secret.value)).to.deep.equal(['dXNlcjpwYXNz', 'k1', 'session=s', 'a+b=']);
    const redacted = redactRequest(request, secrets);
    expect(redacted.url).to.equal('https://api.example/?key=<subscription-key>');
    expect(redacted.headers).to.deep.equal({ Authorization: 'Basic <access-token>', 'X-Key': '<subscription-key>', Cookie: '<credentials>' });
    expect(redact('nothing secret', secrets)).to.equal('nothing secret');
  });
});

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
    expect(snippet('curl', request)).to.equal(["curl -X POST 'https://api.example/upload'", "-F 'caption=me'", "-F 'file=@photo.png'"].join(' \\\n  '));
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

  it('writes a GET without options as a bare fetch', () => {
    expect(snippet('fetch', { method: 'GET', url: 'https://api.example/', headers: {}, body: null })).to.equal("const response = await fetch('https://api.example/');");
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

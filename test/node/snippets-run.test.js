// @ts-check
/**
 * The console's copied snippets, run for real: each curl command and Python script is executed
 * against the sandbox API's echo operation, and must get the same answer as the request the
 * console itself sends (encoded by `fetch`'s own rules, as the browser does). Quotes, dollars,
 * backticks, backslashes, newlines and non-ASCII text travel in the URL, headers and bodies.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { startSandbox } from '../../sandbox/index.js';
import { createHttpsFetch } from '../../sandbox/https-fetch.js';

const run = promisify(execFile);

/**
 * A Python with `requests`: the one on PATH, else Debian's (`.ci/run` installs python3-requests
 * when neither has it).
 */
const PYTHON = await firstWorking(['python3', '/usr/bin/python3'], ['-c', 'import requests']);

/** @param {string[]} commands @param {string[]} args */
async function firstWorking(commands, args) {
  for (const command of commands) {
    if (
      await run(command, args).then(
        () => true,
        () => false,
      )
    )
      return command;
  }
  return assert.fail(`None of ${commands.join(', ')} can import requests: apt-get install -y python3-requests`);
}

/** @type {import('../../sandbox/index.js').Sandbox} */
let sandbox;
/** @type {(kind: string, request: object) => string} */
let snippet;
/** Where the snippets run: the files they upload are here, and the sandbox's CA. */
const workDir = mkdtempSync(join(tmpdir(), 'portico-snippets-'));
const TRICKY = 'it\'s "quoted" $HOME `date` \\ back\\slash ü 日本';
/** Header values are Latin-1 for fetch too: the tricky part without the Japanese. */
const ASCII_TRICKY = 'it\'s "quoted" $HOME `date` \\ back\\slash';
const PHOTO = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x27, 0x22, 0x0a, 0xff]);

before(async () => {
  sandbox = await startSandbox({ port: 0, quiet: true });
  writeFileSync(join(workDir, 'ca.pem'), sandbox.certificate.cert);
  writeFileSync(join(workDir, 'photo.png'), PHOTO);
  writeFileSync(join(workDir, 'second photo.png'), PHOTO.subarray(0, 4));
  const bundled = await build({
    entryPoints: ['src/components/api-console/internal/snippets.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  ({ snippet } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0]?.text ?? '').toString('base64')}`));
});
after(() => sandbox?.stop());

/**
 * The requests to copy, as the console builds them (files are named like the ones in workDir).
 * @param {string} baseUrl the API's
 * @returns {Record<string, { method: string, url: string, headers: Record<string, string>, body: any }>}
 */
function requests(baseUrl) {
  const echo = `${baseUrl}/echo`;
  const form = new FormData();
  form.append('note', `${TRICKY}\nsecond line`);
  form.append('literal', '@photo.png');
  form.append('files', new File([PHOTO], 'photo.png', { type: 'image/png' }));
  form.append('files', new File([PHOTO.subarray(0, 4)], 'second photo.png', { type: 'image/png' }));
  return {
    'a GET with a tricky query and header': {
      method: 'GET',
      url: `${echo}?q=${encodeURIComponent(TRICKY)}&empty=`,
      headers: { 'X-Note': ASCII_TRICKY, Accept: 'application/json' },
      body: null,
    },
    'a JSON body': {
      method: 'POST',
      url: echo,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: `${TRICKY}\n\ttabbed`, quantity: 2 }, null, 2),
    },
    'a form-encoded body': {
      method: 'POST',
      url: echo,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ a: 'x y', b: TRICKY }),
    },
    'a multipart form with fields and an array of files': { method: 'POST', url: echo, headers: {}, body: form },
  };
}

/**
 * What the API answers to the request as `fetch` encodes it (multipart boundary, form encoding):
 * the console's own request.
 * @param {{ method: string, url: string, headers: Record<string, string>, body: any }} request
 */
async function consoleAnswer({ method, url, headers, body }) {
  const encoded = new Request(url, { method, headers, body });
  const bytes = body === null ? undefined : new Uint8Array(await encoded.arrayBuffer());
  const response = await createHttpsFetch({ ca: sandbox.certificate.cert })(url, { method, headers: encoded.headers, body: bytes });
  return comparable(await response.json(), headers);
}

/**
 * The parts of an echo that a faithful client must reproduce: method, query, the headers the
 * request set, and the body (a multipart boundary differs from client to client, so forms
 * compare part by part).
 * @param {{ method: string, query: object, headers: Record<string, string>, body?: { contentType: string } }} echo
 * @param {Record<string, string>} sent
 */
function comparable(echo, sent) {
  const headers = Object.fromEntries(Object.keys(sent).map((name) => [name.toLowerCase(), echo.headers[name.toLowerCase()]]));
  return { method: echo.method, query: echo.query, headers, body: echo.body };
}

/** Runs a snippet with the sandbox's certificate trusted, as a developer's machine would with a real one. */
const environment = { ...process.env, CURL_CA_BUNDLE: join(workDir, 'ca.pem'), REQUESTS_CA_BUNDLE: join(workDir, 'ca.pem') };

describe('copied snippets, run for real', () => {
  // The names are known before the sandbox starts; each test builds its request against it.
  for (const name of Object.keys(requests('https://api.invalid'))) {
    const request = () => requests(sandbox.api.baseUrl)[name] ?? assert.fail(name);
    test(`curl: ${name}`, async () => {
      const { stdout } = await run('bash', ['-c', `${snippet('curl', request())} --silent --show-error`], { cwd: workDir, env: environment });
      assert.deepEqual(comparable(JSON.parse(stdout), request().headers), await consoleAnswer(request()));
    });
    test(`Python requests: ${name}`, async () => {
      const script = join(workDir, 'snippet.py');
      writeFileSync(script, snippet('python', request()));
      const { stdout } = await run(PYTHON, [script], { cwd: workDir, env: environment });
      const [status, ...body] = stdout.split('\n');
      assert.equal(status, '200');
      assert.deepEqual(comparable(JSON.parse(body.join('\n')), request().headers), await consoleAnswer(request()));
    });
  }
});

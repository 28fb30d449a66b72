#!/usr/bin/env node
// @ts-check
/**
 * `npm start` (after the build): starts the sandbox, prints how to use it, and stops cleanly on
 * Ctrl-C or SIGTERM.
 *
 *   node sandbox/cli.js [--port 8443] [--redirect-uri <url>]... [--missing-chunk <name>]...     (or PORTICO_PORT=8443)
 *
 * `--redirect-uri` registers another redirect URI of the SPA client, e.g. Storybook's
 * `http://localhost:6006/iframe.html`, so pages on other origins can sign in against the sandbox.
 * `--missing-chunk` answers 404 for the chunks of dist/cdn/ whose name starts with it
 * (`exchange-runner`), as a portal that hosts dist/cdn/ only in part does.
 */
import { parseArgs } from 'node:util';

const USAGE =
  'Usage: node sandbox/cli.js [--port <number>] [--redirect-uri <url>]... [--missing-chunk <name>]...\n' +
  '  --port           default 8443, or PORTICO_PORT; 0 picks a free port\n' +
  '  --redirect-uri   another exact redirect URI for the portico-spa client (repeatable), e.g. http://localhost:6006/iframe.html\n' +
  '  --missing-chunk  answer 404 for the dist/cdn chunks whose name starts with it (repeatable), e.g. exchange-runner: a portal hosting dist/cdn/ in part';

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', short: 'p' },
      'redirect-uri': { type: 'string', multiple: true },
      'missing-chunk': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`${/** @type {Error} */ (error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const portText = values.port ?? process.env.PORTICO_PORT ?? '8443';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) {
  console.error(`The port must be a number from 0 to 65535, not "${portText}".\n${USAGE}`);
  process.exit(2);
}

const { startSandbox } = await import('./index.js');
const { cachedCertificate } = await import('./certificate-cache.js');
const { describeSandbox } = await import('./banner.js');

/** @type {import('./index.js').Sandbox} */
let sandbox;
try {
  sandbox = await startSandbox({
    port,
    // The second origin: the demo shows what the console does with another server.
    recorderPort: port === 0 ? 0 : port + 1,
    certificate: await cachedCertificate(),
    extraRedirectUris: values['redirect-uri'] ?? [],
    missingChunks: values['missing-chunk'] ?? [],
  });
} catch (error) {
  console.error(`The sandbox could not start: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}

let stopping = false;
/** @param {NodeJS.Signals} signal */
async function shutDown(signal) {
  if (stopping) process.exit(130); // a second Ctrl-C: do not wait
  stopping = true;
  console.log(`\n${signal}: stopping the sandbox…`);
  await sandbox.stop();
  console.log('Stopped.');
  process.exitCode = 0;
}
// Before printing: whoever reads "Press Ctrl-C" may press it (or send SIGTERM) at once.
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);

console.log(describeSandbox(sandbox));

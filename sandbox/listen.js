// @ts-check
/**
 * Binds the sandbox's HTTPS listeners: loopback only, on 127.0.0.1 and, when the machine has
 * IPv6, on ::1 with the same port. Chromium resolves `localhost` to either address, so both must
 * answer or a page may load from one and its sign-in popup fail on the other.
 */
import https from 'node:https';

/** Attempts at finding a port free on both addresses when the caller asks for any port (0). */
const ATTEMPTS = 5;

/**
 * @typedef {import('node:http').RequestListener} RequestListener
 *
 * @typedef {object} Listeners
 * @property {number} port
 * @property {string[]} addresses the addresses actually bound
 * @property {(handler: RequestListener) => void} handle sets the request handler
 * @property {() => Promise<void>} close stops listening and drops every connection
 */

/**
 * @param {{ port: number, cert: string, key: string }} options
 * @returns {Promise<Listeners>}
 */
export async function listenOnLoopback({ port, cert, key }) {
  /** @type {RequestListener} */
  let handler = (_req, res) => {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('The sandbox is starting.\n');
  };
  /** @type {RequestListener} */
  const dispatch = (req, res) => handler(req, res);

  for (let attempt = 1; ; attempt++) {
    const v4 = https.createServer({ cert, key }, dispatch);
    await bind(v4, port, '127.0.0.1').catch((error) => {
      throw portError(error, port);
    });
    const boundPort = /** @type {import('node:net').AddressInfo} */ (v4.address()).port;

    const v6 = https.createServer({ cert, key }, dispatch);
    const v6Error = await bind(v6, boundPort, '::1').then(
      () => undefined,
      (/** @type {NodeJS.ErrnoException} */ error) => error,
    );

    if (v6Error?.code === 'EADDRINUSE') {
      await closeServer(v4);
      // A port picked by the OS on 127.0.0.1 may be taken on ::1: pick again.
      if (port === 0 && attempt < ATTEMPTS) continue;
      throw portError(v6Error, boundPort);
    }
    // Any other failure (EADDRNOTAVAIL, EAFNOSUPPORT) means this machine has no IPv6 loopback.
    const servers = v6Error ? [v4] : [v4, v6];

    return {
      port: boundPort,
      addresses: v6Error ? ['127.0.0.1'] : ['127.0.0.1', '::1'],
      handle(next) {
        handler = next;
      },
      async close() {
        await Promise.all(servers.map(closeServer));
      },
    };
  }
}

/**
 * @param {import('node:net').Server} server
 * @param {number} port
 * @param {string} host
 * @returns {Promise<void>}
 */
function bind(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, ipv6Only: host === '::1' }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Closes a server without waiting for browsers' keep-alive connections to time out.
 * @param {https.Server} server
 * @returns {Promise<void>}
 */
function closeServer(server) {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * @param {NodeJS.ErrnoException} error
 * @param {number} port
 */
function portError(error, port) {
  if (error.code !== 'EADDRINUSE') return error;
  return new Error(
    `Port ${port} is already in use on loopback. Stop whatever holds it, or choose another port ` + `(npm start -- --port 9443, or PORTICO_PORT=9443).`,
    { cause: error },
  );
}

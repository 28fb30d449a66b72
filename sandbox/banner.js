// @ts-check
/**
 * What `npm start` prints: everything a person needs to use the sandbox (URLs, ids, users,
 * passwords, keys), laid out to be scanned.
 */

/**
 * @param {import('./index.js').Sandbox} sandbox
 * @returns {string}
 */
export function describeSandbox(sandbox) {
  const { origin, tenants, spa, broker, users, api, certificate } = sandbox;
  const lines = [
    '',
    `Portico sandbox running at ${origin}`,
    '',
    `  Demo portal        ${origin}/demo/`,
    ...(sandbox.distAvailable ? [] : ['                     (dist/ is missing: run `npm run build` so the portal can load Portico)']),
    '',
    'Identity providers (OpenID Connect; use the issuer as <portico-auth authority>)',
    ...table(
      ['  Tenant', 'Issuer / authority', 'Tenant id (tid)'],
      tenants.map((tenant) => [`  ${tenant.label}`, tenant.issuer, tenant.tenantId]),
    ),
    '',
    'Applications',
    `  Single-page app   client id ${spa.clientId} in each tenant (public, PKCE); redirect URIs:`,
    ...spa.redirectUris.map((uri) => `                      ${uri}`),
    `  Token broker      client id ${broker.clientId} (confidential, used with ${label(tenants, broker.tenant)}); its secret stays on the server`,
    '',
    'Sample API',
    `  Base URL          ${api.baseUrl}`,
    `  OpenAPI           ${api.openApiUrl}`,
    `  Audience          ${api.audience}   scopes: ${api.scopes.join(', ')}`,
    `  Subscription key  ${api.subscriptionKey}   (${api.subscriptionKeyHeader} header or ?${api.subscriptionKeyQuery}=)`,
    `  Partner key       ${api.partnerKey}   (${api.partnerKeyHeader} header, typed by the user)`,
    `  HTTP basic        ${api.basicUsername} / ${api.basicPassword}   versions: ${api.versions.join(', ')} (/api/{version}/about)`,
    `  Token broker      POST ${broker.url} (portico-widgets/broker): a token for ${broker.scope}`,
    `                    to signed-in callers with a token for ${broker.callerScope} and the app role ${broker.callerRole}`,
    ...(sandbox.recorder ? [`  Second origin     ${sandbox.recorder.origin}   records what it receives (${sandbox.recorder.recordedUrl}); /api/no-cors`] : []),
    '',
    `Demo users (password for all: ${users[0]?.password})`,
    ...table(
      ['  Tenant', 'Name', 'Username', 'App roles'],
      users.map((user) => [`  ${label(tenants, user.tenant)}`, user.name, user.username, user.roles.join(', ')]),
    ),
    '',
    'The certificate is self-signed: open the demo portal and accept the browser’s warning once',
    '(the certificate is kept between runs). Chromium can trust it with',
    `--ignore-certificate-errors-spki-list=${certificate.spkiHash}`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ];
  return lines.join('\n');
}

/**
 * @param {{ id: string, label: string }[]} tenants
 * @param {string} id
 */
function label(tenants, id) {
  return tenants.find((tenant) => tenant.id === id)?.label ?? id;
}

/**
 * Left-aligned columns, two spaces apart.
 * @param {string[]} header
 * @param {string[][]} rows
 */
function table(header, rows) {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  return [header, ...rows].map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd(),
  );
}

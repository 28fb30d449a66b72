/**
 * A token broker for <portico-api-console token-broker-url="https://broker.contoso.com/api/token"
 * token-broker-scopes="api://contoso-token-broker/access_as_user">, served by Express.
 *
 *   npm install express portico-widgets
 *   BROKER_AUTHORITY=https://login.microsoftonline.com/<tenant-id> BROKER_CLIENT_ID=… BROKER_CLIENT_SECRET=… \
 *   BROKER_API_SCOPE=api://contoso-orders/.default BROKER_CALLER_ISSUER=https://login.microsoftonline.com/<tenant-id>/v2.0 \
 *   BROKER_CALLER_AUDIENCE=api://contoso-token-broker PORTAL_ORIGIN=https://portal.contoso.com node server.js
 */
import express from 'express';
import { createTokenBroker, toNodeListener } from 'portico-widgets/broker';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set the environment variable ${name}.`);
  return value;
}

const role = process.env['BROKER_CALLER_ROLE'];
const broker = createTokenBroker({
  authority: required('BROKER_AUTHORITY'),
  clientId: required('BROKER_CLIENT_ID'),
  clientSecret: required('BROKER_CLIENT_SECRET'),
  // The API the console calls; with BROKER_CALLER_ROLE, only portal users holding that app role get its token.
  apis: [{ scope: required('BROKER_API_SCOPE'), ...(role ? { roles: [role] } : {}) }],
  // The portal's signed-in users, with an access token for the broker's own app registration.
  callers: { issuer: required('BROKER_CALLER_ISSUER'), audience: required('BROKER_CALLER_AUDIENCE') },
  allowedOrigins: required('PORTAL_ORIGIN').split(' '),
  rateLimit: { requests: 30, perSeconds: 60 },
});

const app = express();
app.disable('x-powered-by');
// Before any body parser: the broker reads (and limits) the body itself.
app.all('/api/token', toNodeListener(broker));

const port = Number(process.env['PORT'] ?? 8080);
const server = app.listen(port, () => console.log(`Token broker on http://localhost:${port}/api/token`));
process.on('SIGTERM', () => server.close());

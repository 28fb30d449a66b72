/**
 * A token broker as an Azure Function (Node.js v4 programming model), at
 * https://<app>.azurewebsites.net/api/token. Settings (Application settings, or local.settings.json
 * when running `func start`): BROKER_AUTHORITY, BROKER_CLIENT_ID, BROKER_CLIENT_SECRET (better: a
 * Key Vault reference), BROKER_API_SCOPE, BROKER_CALLER_ISSUER, BROKER_CALLER_AUDIENCE,
 * PORTAL_ORIGIN. Leave the Function App's own CORS settings empty: the broker answers CORS itself.
 */
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { createTokenBroker } from 'portico-widgets/broker';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set the application setting ${name}.`);
  return value;
}

// Created once per instance: its token cache then serves every invocation the instance runs.
const broker = createTokenBroker({
  authority: required('BROKER_AUTHORITY'),
  clientId: required('BROKER_CLIENT_ID'),
  clientSecret: required('BROKER_CLIENT_SECRET'),
  apis: [{ scope: required('BROKER_API_SCOPE') }],
  callers: { issuer: required('BROKER_CALLER_ISSUER'), audience: required('BROKER_CALLER_AUDIENCE') },
  allowedOrigins: required('PORTAL_ORIGIN').split(' '),
});

/** The Functions request as a web-standard `Request`, and the broker's `Response` back. */
export async function token(request: HttpRequest): Promise<HttpResponseInit> {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null;
  const response = await broker(
    new Request(request.url, {
      method: request.method,
      headers: request.headers,
      ...(hasBody ? { body: request.body, duplex: 'half' } : {}),
    } as RequestInit),
  );
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

app.http('token', { methods: ['POST', 'OPTIONS'], authLevel: 'anonymous', handler: token });

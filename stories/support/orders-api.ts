import { decodeJwtPayload } from '../../src/auth/jwt.js';
import { json, type Route } from './fake-network.js';
import { ORDERS_API } from './jwt.js';

/** Where the stories' fake Contoso Orders API lives (nothing answers there for real). */
export const API = 'https://api.contoso.example/v1';
/** Its OpenAPI description, served by `ordersApi`. */
export const SPEC_URL = `${API}/openapi.json`;

const READ = `${ORDERS_API}/Orders.Read`;
const WRITE = `${ORDERS_API}/Orders.Write`;

/** A small OpenAPI 3.0 description of the API: two tags, a path parameter, a query enum, a JSON body, OAuth scopes. */
export const ORDERS_SPEC = {
  openapi: '3.0.3',
  info: { title: 'Contoso Orders', version: '1.4.0' },
  servers: [{ url: API }],
  tags: [
    { name: 'orders', description: 'Orders placed in the Contoso store' },
    { name: 'documents', description: 'Shipping labels, invoices and exports' },
  ],
  security: [{ entra: [READ] }],
  paths: {
    '/orders': {
      get: {
        operationId: 'listOrders',
        summary: 'List orders',
        tags: ['orders'],
        parameters: [
          { name: 'status', in: 'query', description: 'Only orders in this state', schema: { type: 'string', enum: ['processing', 'shipped', 'delivered'] } },
          { name: 'top', in: 'query', description: 'At most this many', schema: { type: 'integer', default: 20 } },
        ],
        responses: { 200: { description: 'The orders, newest first' } },
      },
      post: {
        operationId: 'createOrder',
        summary: 'Place an order',
        tags: ['orders'],
        security: [{ entra: [WRITE] }],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/NewOrder' }, example: { items: [{ sku: 'LMP-200', quantity: 1 }], giftWrapped: true } },
          },
        },
        responses: { 201: { description: 'Placed' } },
      },
    },
    '/orders/{orderId}': {
      parameters: [{ name: 'orderId', in: 'path', required: true, schema: { type: 'string' }, example: 'ORD-1042' }],
      get: {
        operationId: 'getOrder',
        summary: 'Get an order',
        tags: ['orders'],
        responses: { 200: { description: 'The order' }, 404: { description: 'No such order' } },
      },
    },
    '/orders/{orderId}/label': {
      parameters: [{ name: 'orderId', in: 'path', required: true, schema: { type: 'string' }, example: 'ORD-1042' }],
      get: {
        operationId: 'getShippingLabel',
        summary: 'Shipping label',
        tags: ['documents'],
        responses: { 200: { description: 'The label', content: { 'image/svg+xml': {} } } },
      },
    },
    '/orders/{orderId}/invoice': {
      parameters: [{ name: 'orderId', in: 'path', required: true, schema: { type: 'string' }, example: 'ORD-1042' }],
      get: {
        operationId: 'getInvoice',
        summary: 'Invoice',
        tags: ['documents'],
        responses: { 200: { description: 'The invoice', content: { 'application/pdf': {} } } },
      },
    },
    '/orders/export': {
      get: {
        operationId: 'exportOrders',
        summary: 'Every order, as CSV',
        tags: ['documents'],
        responses: { 200: { description: 'All orders', content: { 'text/csv': {} } } },
      },
    },
  },
  components: {
    schemas: {
      NewOrder: {
        type: 'object',
        required: ['items'],
        properties: {
          items: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' }, quantity: { type: 'integer' } } } },
          giftWrapped: { type: 'boolean' },
        },
      },
    },
    securitySchemes: {
      entra: {
        type: 'oauth2',
        flows: {
          authorizationCode: {
            authorizationUrl: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize',
            tokenUrl: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
            scopes: { [READ]: 'Read orders', [WRITE]: 'Place orders' },
          },
        },
      },
    },
  },
};

const ORDERS = [
  {
    id: 'ORD-1042',
    status: 'shipped',
    placedAt: '2025-05-12T09:31:00Z',
    customer: { name: 'Ada Lovelace', email: 'ada@contoso.example' },
    items: [
      { sku: 'LMP-200', name: 'Desk lamp', quantity: 2, unitPrice: 49.5 },
      { sku: 'CHR-310', name: 'Reading chair', quantity: 1, unitPrice: 329 },
    ],
    total: 428,
    currency: 'EUR',
    giftWrapped: false,
    trackingNumber: 'CS-88412-GB',
    deliveredAt: null,
  },
  {
    id: 'ORD-1041',
    status: 'delivered',
    placedAt: '2025-05-02T16:05:00Z',
    customer: { name: 'Ada Lovelace', email: 'ada@contoso.example' },
    items: [{ sku: 'NTB-014', name: 'Notebook, squared', quantity: 5, unitPrice: 6.2 }],
    total: 31,
    currency: 'EUR',
    giftWrapped: true,
    trackingNumber: 'CS-87120-GB',
    deliveredAt: '2025-05-05T11:48:00Z',
  },
];

/**
 * The fake Contoso Orders API, for `fakeNetwork`: it serves its description without a token and
 * checks the bearer token of everything else as the real one would (audience, expiry, scope),
 * answering 401 or 403 with a `WWW-Authenticate` challenge when the token falls short. Orders
 * ORD-1041 and ORD-1042 exist; others are 404.
 */
export const ordersApi: Route = (request) => {
  const path = new URL(request.url).pathname.slice(new URL(API).pathname.length);
  if (path === '/openapi.json') return json(ORDERS_SPEC);
  const refusal = checkToken(request.headers.get('authorization'), request.method === 'GET' ? READ : WRITE);
  if (refusal) return refusal;
  if (path === '/orders' && request.method === 'POST') {
    return json(
      { ...ORDERS[0], id: 'ORD-1043', status: 'processing', placedAt: new Date().toISOString(), trackingNumber: null },
      { status: 201, headers: headers({ location: `${API}/orders/ORD-1043` }) },
    );
  }
  if (path === '/orders') {
    const status = new URL(request.url).searchParams.get('status');
    const value = ORDERS.filter((order) => !status || order.status === status).map(({ id, status, placedAt, total, currency }) => ({
      id,
      status,
      placedAt,
      total,
      currency,
    }));
    return json({ value, nextLink: null }, { headers: headers() });
  }
  if (path === '/orders/export') return new Response(ordersCsv(), { headers: headers({ 'content-type': 'text/csv; charset=utf-8' }) });
  const [, id, document] = /^\/orders\/([^/]+)(\/label|\/invoice)?$/u.exec(path) ?? [];
  const order = ORDERS.find((candidate) => candidate.id === id);
  if (!order) return problem(404, 'Not Found', id ? `There is no order ${id}.` : `Nothing is at ${path}.`);
  if (document === '/label') return new Response(shippingLabel(order.id), { headers: headers({ 'content-type': 'image/svg+xml' }) });
  if (document === '/invoice') return new Response(invoicePdf(order.id, order.total), { headers: headers({ 'content-type': 'application/pdf' }) });
  return json(order, { headers: headers({ etag: '"a1f3"' }) });
};

/** The refusal a token gets (401 unusable, 403 without the scope), or null when it may pass. */
function checkToken(authorization: string | null, scope: string): Response | null {
  const challenge = (error: string, description: string) =>
    `Bearer realm="contoso-orders", scope="${scope}"${error ? `, error="${error}", error_description="${description}"` : ''}`;
  if (!authorization?.startsWith('Bearer ')) {
    return problem(401, 'Unauthorized', 'An access token is required.', { 'www-authenticate': challenge('', '') });
  }
  const claims = decodeJwtPayload(authorization.slice('Bearer '.length));
  const audiences = [claims['aud']].flat();
  if (!audiences.includes(ORDERS_API)) {
    const description = `The audience '${audiences.join(' ')}' is invalid`;
    return problem(401, 'Unauthorized', description, { 'www-authenticate': challenge('invalid_token', description) });
  }
  if (typeof claims['exp'] === 'number' && claims['exp'] * 1000 <= Date.now()) {
    return problem(401, 'Unauthorized', 'The token is expired', { 'www-authenticate': challenge('invalid_token', 'The token is expired') });
  }
  const granted = String(claims['scp'] ?? '').split(' ');
  if (!granted.includes(scope.slice(ORDERS_API.length + 1))) {
    const description = `The token lacks the scope ${scope}`;
    return problem(403, 'Forbidden', description, { 'www-authenticate': challenge('insufficient_scope', description) });
  }
  return null;
}

/** The headers every answer carries; a real API must expose them to the page for the console to read them. */
function headers(extra: Readonly<Record<string, string>> = {}): Headers {
  return new Headers({
    'x-request-id': crypto.randomUUID(),
    'cache-control': 'no-store',
    'access-control-expose-headers': 'WWW-Authenticate, Location, ETag, X-Request-Id',
    ...extra,
  });
}

/** An RFC 9457 problem. */
function problem(status: number, title: string, detail: string, extra: Readonly<Record<string, string>> = {}): Response {
  return json(
    { type: 'about:blank', title, status, detail },
    { status, statusText: title, headers: headers({ 'content-type': 'application/problem+json', ...extra }) },
  );
}

/** Every order ever, as CSV: about 3.3 MB, over the 2 MB the console shows at once. */
function ordersCsv(): string {
  const rows = ['id,placedAt,customer,status,items,total,currency'];
  const start = Date.UTC(2019, 0, 1);
  for (let n = 0; n < 48_000; n += 1) {
    const placed = new Date(start + n * 3_600_000).toISOString();
    rows.push(
      `ORD-${String(n + 1).padStart(6, '0')},${placed},customer-${(n * 7919) % 5000},${['delivered', 'shipped', 'processing'][n % 3]},${(n % 5) + 1},${((n * 37) % 900) + 9.9},EUR`,
    );
  }
  return `${rows.join('\n')}\n`;
}

/** A shipping label with a barcode, as SVG. */
function shippingLabel(id: string): string {
  const bars: string[] = [];
  let x = 24;
  for (const code of [...`*${id}*CS88412`].map((char) => char.charCodeAt(0))) {
    const width = 2 + (code % 3) * 2;
    bars.push(`<rect x="${x}" y="112" width="${width}" height="56"/>`);
    x += width + 2 + ((code >> 2) % 2) * 3;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="220" viewBox="0 0 360 220" font-family="Helvetica, Arial, sans-serif">
  <rect x="1" y="1" width="358" height="218" rx="6" fill="#fff" stroke="#1f2933" stroke-width="2"/>
  <text x="24" y="38" font-size="18" font-weight="bold" fill="#1f2933">CONTOSO · PRIORITY</text>
  <text x="24" y="66" font-size="14" fill="#1f2933">Ada Lovelace</text>
  <text x="24" y="86" font-size="14" fill="#1f2933">12 St James's Square, London SW1Y 4LB</text>
  <text x="250" y="38" font-size="14" fill="#1f2933">${id}</text>
  <g fill="#1f2933">${bars.join('')}</g>
  <text x="24" y="200" font-size="12" fill="#52606d">CS-88412-GB · 2 parcels · 7.4 kg</text>
</svg>`;
}

/** A one-page PDF invoice, small but valid (its cross-reference table points at each object). */
function invoicePdf(id: string, total: number): Uint8Array<ArrayBuffer> {
  const text = `BT /F1 20 Tf 72 760 Td (Contoso invoice for ${id}) Tj 0 -32 Td /F1 12 Tf (Total: EUR ${total.toFixed(2)}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

import { expect } from '@open-wc/testing';
import { describeWebhook, indexOperations, parseSpec } from '../../../src/components/api-console/internal/openapi/index.js';
import { answerJson, consoleFixture, consoleTestBed, fakeNetwork, part, parts, settle, specLoaded, textOf, type } from '../../helpers/api-console.js';

const SPEC_URL = 'https://docs.example/hooks.json';

/** OpenAPI 3.1: one operation, two webhooks (one with a signature header, a $ref'd payload and an example). */
const WITH_WEBHOOKS = {
  openapi: '3.1.0',
  info: { title: 'Hooks', version: '1' },
  paths: { '/orders': { get: { operationId: 'listOrders', responses: { 200: { description: 'ok' } } } } },
  webhooks: {
    orderShipped: {
      post: {
        summary: 'An order shipped',
        description: 'Sent when the parcel leaves <b>the warehouse</b>.',
        parameters: [{ name: 'X-Signature', in: 'header', required: true, description: 'HMAC of the body.', schema: { type: 'string' } }],
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Shipment' }, example: { order: 'ord-1', carrier: 'DHL' } } },
        },
        responses: { 204: { description: 'received' } },
      },
    },
    ping: { post: { summary: 'Are you there?', responses: { 200: { description: 'ok' } } } },
  },
  components: {
    schemas: {
      Shipment: { type: 'object', properties: { order: { type: 'string' }, carrier: { type: 'string' }, next: { $ref: '#/components/schemas/Shipment' } } },
    },
  },
};

describe('<portico-api-console> webhooks', () => {
  const bed = consoleTestBed();

  it('indexes webhooks apart from the operations, and describes one with its payload', async () => {
    const api = indexOperations(await parseSpec(JSON.stringify(WITH_WEBHOOKS)));
    expect(api.operations.map((entry) => entry.key)).to.deep.equal(['GET /orders']);
    expect(api.webhooks.map(({ key, name, method }) => [key, name, method])).to.deep.equal([
      ['webhook orderShipped POST', 'orderShipped', 'POST'],
      ['webhook ping POST', 'ping', 'POST'],
    ]);
    const details = describeWebhook(api, api.webhooks[0]!);
    expect(details.parameters.map(({ name, in: location, required }) => [name, location, required])).to.deep.equal([['X-Signature', 'header', true]]);
    expect(details.payloads).to.have.length(1);
    expect(JSON.parse(details.payloads[0]!.schema)).to.deep.equal({
      type: 'object',
      properties: { order: { type: 'string' }, carrier: { type: 'string' }, next: { $ref: '#/components/schemas/Shipment' } },
    });
    expect(JSON.parse(details.payloads[0]!.example)).to.deep.equal({ order: 'ord-1', carrier: 'DHL' });
    expect(describeWebhook(api, api.webhooks[1]!).payloads).to.deep.equal([]);
  });

  async function hooksConsole() {
    bed.network = fakeNetwork({ [SPEC_URL]: answerJson(WITH_WEBHOOKS) });
    const el = await consoleFixture({ 'spec-url': SPEC_URL });
    await specLoaded(el);
    return el;
  }

  it('lists webhooks in the picker, marked as webhooks, after the operations', async () => {
    const el = await hooksConsole();
    expect(parts(el, 'operation').map((entry) => entry.dataset['key'])).to.deep.equal(['GET /orders']);
    expect(textOf(parts(el, 'group').at(-1)!)).to.equal('Webhooks (2)');
    expect(parts(el, 'webhook').map((entry) => textOf(entry))).to.deep.equal([
      'webhook orderShipped POST · An order shipped',
      'webhook ping POST · Are you there?',
    ]);
    await type(el, part<HTMLInputElement>(el, 'search')!, 'ping');
    expect(parts(el, 'webhook').map((entry) => entry.dataset['key'])).to.deep.equal(['webhook ping POST']);
    await expect(el).to.be.accessible();
  });

  it('shows a webhook read-only: its payload schema and example, its headers, and no Send', async () => {
    const el = await hooksConsole();
    parts<HTMLButtonElement>(el, 'webhook')[0]!.click();
    await settle(el);
    const view = part(el, 'webhook-details')!;
    expect(parts(el, 'webhook')[0]!.getAttribute('aria-current')).to.equal('true');
    expect(textOf(view.querySelector('.operation-title'))).to.equal('webhook POST orderShipped');
    expect(textOf(view.querySelector('.operation-description'))).to.equal('Sent when the parcel leaves <b>the warehouse</b>.');
    expect(view.querySelector('b')).to.equal(null);
    expect(textOf(part(el, 'notice'))).to.contain('There is nothing to send from here.');
    expect(textOf(view.querySelector('tbody th'))).to.equal('X-Signature*');
    expect(textOf(view.querySelector('.payload-title'))).to.equal('Payload (application/json)');
    expect(JSON.parse(view.querySelector('.payload-schema')!.textContent!).properties.carrier).to.deep.equal({ type: 'string' });
    expect(JSON.parse(view.querySelector('.payload-example')!.textContent!)).to.deep.equal({ order: 'ord-1', carrier: 'DHL' });
    expect(part(el, 'send')).to.equal(null);
    expect(part(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();

    parts<HTMLButtonElement>(el, 'webhook')[1]!.click();
    await settle(el);
    expect(textOf(part(el, 'webhook-details')!.querySelector('.hint'))).to.equal('This webhook sends no body.');
    await expect(el).to.be.accessible();

    parts<HTMLButtonElement>(el, 'operation')[0]!.click();
    await settle(el);
    expect(part(el, 'webhook-details')).to.equal(null);
    expect(part(el, 'send')).to.not.equal(null);
  });
});

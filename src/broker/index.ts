/**
 * `portico-widgets/broker`: the server-side token broker for `<portico-api-console token-broker-url>`
 * (Node 20+, no DOM). See docs/token-broker.md.
 * @module
 */
export { createTokenBroker, type TokenBrokerHandler } from './token-broker.js';
export { toNodeListener, type NodeListener } from './node-adapter.js';
export { BrokerProblemCode, type BrokerProblemDocument } from './problems.js';
export type { BrokerApi, BrokerCallers, BrokerCertificate, BrokerLogger, TokenBrokerOptions } from './options.js';

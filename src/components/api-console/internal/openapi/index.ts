/**
 * Reading OpenAPI 3.0/3.1 and Swagger 2.0 descriptions for a try-it console, framework-free:
 * parse (JSON or YAML), index every operation for a picker, then resolve one operation's
 * parameters, body and security when it is opened.
 * @module
 */
export { parseSpec, type ParsedSpec } from './parse.js';
export { indexOperations } from './index-operations.js';
export { describeOperation } from './describe-operation.js';
export { describeWebhook } from './webhooks.js';
export { documentServerSpecs, resolveServer, type ServerSpec, type ServerVariable } from './servers.js';
export { searchOperations, groupByTag, type OperationGroup } from './search.js';
export { exampleFromSchema } from './example.js';
export { RefResolver } from './refs.js';
export * from './types.js';

/** What shows an open webhook, fetched once a description lists webhooks (`ConsoleSpec`). */
export { describeWebhook } from './openapi/webhooks.js';
export { renderWebhook } from './render-webhooks.js';
export { answerStyles } from './answer.styles.js';

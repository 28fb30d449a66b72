import type { Problem } from '../../../internal/diagnostic.js';
import type { Strings } from '../../../internal/strings.js';

/** The console attributes that name where requests, tokens and keys go. */
export interface EndpointAttributes {
  readonly baseUrl: string;
  readonly tokenBrokerUrl: string;
  readonly subscriptionKeyHeader: string;
}

/** A header name as RFC 9110 §5.1 allows it: a `token`, one or more tchars. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~\w-]+$/u;
/** What a URL typed without its scheme looks like: a host (with a port) and maybe a path. */
const HOST_FIRST = /^[\w.-]+(:\d+)?(\/|$)/u;

/**
 * What `URL` accepts but the console cannot use: a `base-url` or `token-broker-url` that is not
 * http(s) (`localhost:7071/api` parses, with `localhost:` as its scheme; `ftp://…` cannot be
 * fetched), and a `subscription-key-header` that is no header name (`fetch` would throw, and the
 * failure look like CORS). A value that does not parse at all is the element's `notAUrl` problem.
 */
export function endpointProblems(attributes: EndpointAttributes, strings: Strings, pageUrl: string): Problem[] {
  const text = strings.apiConsole.attributes;
  const problems: Problem[] = [];
  const url = (attribute: string, value: string, hint: string) => {
    const parsed = value ? URL.parse(value, pageUrl) : null;
    if (!parsed || parsed.protocol === 'https:' || parsed.protocol === 'http:') return;
    const withScheme = HOST_FIRST.test(value) ? `https://${value}` : '';
    problems.push({ code: 'invalid-attribute', attribute, message: text.notHttp(attribute, value), hint: withScheme ? text.addScheme(withScheme) : hint });
  };
  url('base-url', attributes.baseUrl, text.baseUrlHint);
  url('token-broker-url', attributes.tokenBrokerUrl, text.brokerUrlHint);
  const header = attributes.subscriptionKeyHeader;
  if (header && !HEADER_NAME.test(header)) {
    problems.push({ code: 'invalid-attribute', attribute: 'subscription-key-header', message: text.notAHeaderName(header), hint: text.headerNameHint });
  }
  return problems;
}

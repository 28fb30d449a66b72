import type { Problem } from '../../../internal/diagnostic.js';
import { checkChoice, parseIds } from '../../../internal/provider-status.js';
import type { Strings } from '../../../internal/strings.js';
import { THEMES } from '../../../internal/theme.js';
import { endpointProblems, type EndpointAttributes } from './endpoint-attributes.js';

/** The console attributes whose values can be wrong. */
export interface ConsoleAttributes extends EndpointAttributes {
  readonly theme?: string | undefined;
  readonly allowedOrigins: string;
  readonly specUrl: string;
  readonly corsProxy: string;
  readonly tokenBrokerScopes: string;
  readonly auth: string;
  readonly timeout: number;
  getAttribute(name: string): string | null;
}

/** Attribute values the console cannot work with, each with what to write instead; the console shows these instead of itself. */
export function attributeProblems(host: ConsoleAttributes, strings: Strings, pageUrl: string): Problem[] {
  const text = strings.apiConsole.attributes;
  const problems: (Problem | null)[] = [checkChoice(strings, 'theme', host.theme ?? '', THEMES)];
  const invalid = (attribute: string, message: string, hint: string): Problem => ({ code: 'invalid-attribute', message, hint, attribute });
  if (host.baseUrl && !URL.parse(host.baseUrl, pageUrl)) problems.push(invalid('base-url', text.notAUrl('base-url', host.baseUrl), text.baseUrlHint));
  for (const origin of parseIds(host.allowedOrigins)) {
    if (URL.parse(origin)?.origin !== origin) problems.push(invalid('allowed-origins', text.notAnOrigin(origin), text.allowedOriginsHint));
  }
  if (host.specUrl && !URL.parse(host.specUrl, pageUrl)) problems.push(invalid('spec-url', text.notAUrl('spec-url', host.specUrl), text.specUrlHint));
  if (host.corsProxy && !URL.parse(host.corsProxy)) problems.push(invalid('cors-proxy', text.notAUrl('cors-proxy', host.corsProxy), text.corsProxyHint));
  if (host.tokenBrokerUrl && !URL.parse(host.tokenBrokerUrl, pageUrl))
    problems.push(invalid('token-broker-url', text.notAUrl('token-broker-url', host.tokenBrokerUrl), text.brokerUrlHint));
  if (host.tokenBrokerScopes.trim() && !host.auth) problems.push(invalid('token-broker-scopes', text.brokerScopesNeedAuth, text.brokerScopesHint));
  if (!(Number.isFinite(host.timeout) && host.timeout > 0))
    problems.push(invalid('timeout', text.badTimeout(String(host.getAttribute('timeout'))), text.timeoutHint));
  problems.push(...endpointProblems(host, strings, pageUrl));
  return problems.filter((problem): problem is Problem => problem !== null);
}

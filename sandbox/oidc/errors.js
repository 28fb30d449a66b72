// @ts-check
/**
 * Explains errors the provider cannot send back to the app (it has no trustworthy redirect URI
 * to send them to) on a page, in Entra's words and with its AADSTS codes, so that what a
 * developer sees here matches what they will see against Entra, plus how to fix it here.
 */

/**
 * @typedef {object} ErrorContext
 * @property {import('../directory.js').Tenant} tenant
 * @property {{ error: string, error_description?: string }} out oidc-provider's error output
 * @property {Record<string, unknown>} params the request's parameters
 * @property {{ clientId: string, redirectUris: string[] } | undefined} client the registered client, when known
 */

/**
 * @param {ErrorContext} context
 * @returns {import('./pages.js').ErrorPageContent}
 */
export function describeError({ tenant, out, params, client }) {
  const clientId = text(params.client_id);
  const redirectUri = text(params.redirect_uri);
  const details = /** @type {[string, string | undefined][]} */ ([
    ['Error', out.error],
    ['Description', out.error_description],
    ['Tenant', `${tenant.label} (${tenant.tenantId})`],
    ['Application (client) ID', clientId],
    ['Correlation ID', text(params['client-request-id'])],
    ['Timestamp', new Date().toISOString()],
  ]);

  if (!clientId && out.error === 'invalid_request') {
    return {
      title: 'Sign-in request is missing its application',
      code: 'AADSTS900144',
      message: "The request body must contain the following parameter: 'client_id'.",
      fix: 'Set the client-id attribute of <portico-auth> to the application (client) ID; in this sandbox it is "portico-spa".',
      details,
    };
  }

  if (out.error === 'invalid_client' && clientId && !client) {
    return {
      title: 'Application not found',
      code: 'AADSTS700016',
      message:
        `Application with identifier '${clientId}' was not found in the directory '${tenant.label}'. ` +
        'This can happen if the application has not been installed by the administrator of the tenant ' +
        'or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.',
      fix: `Check the client-id attribute of <portico-auth>. The ${tenant.label} tenant of this sandbox knows the single-page app "portico-spa".`,
      details,
    };
  }

  if (out.error === 'invalid_redirect_uri') {
    const registered = client?.redirectUris ?? [];
    return {
      title: 'Redirect URI mismatch',
      code: 'AADSTS50011',
      message:
        `The redirect URI '${redirectUri ?? ''}' specified in the request does not match the redirect URIs ` +
        `configured for the application '${clientId}'. Make sure the redirect URI sent in the request ` +
        'matches one added to your application in the Azure portal.',
      fix:
        `Use one of the registered redirect URIs (${registered.join(', ')}) as the redirect-uri attribute ` +
        'of <portico-auth>, or register yours: startSandbox({ extraRedirectUris: [...] }). Against Entra, ' +
        'add it as a "Single-page application" redirect URI of the app registration.',
      details: [...details, ['Redirect URI', redirectUri]],
    };
  }

  return {
    title: 'Sign-in failed',
    message: out.error_description ?? out.error,
    fix: 'Check the request parameters listed below against the sandbox settings printed by npm start.',
    details,
  };
}

/**
 * @param {unknown} value
 * @returns {string | undefined}
 */
function text(value) {
  return typeof value === 'string' && value ? value : undefined;
}

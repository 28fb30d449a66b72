/** English strings that ship with the elements showing them: see addEnglish in ../../strings.ts. */
export const apim = {
  apim: {
    duplicateMessage: (id: string) => `Another <portico-apim> on this page already uses the id "${id}".`,
    duplicateHint: 'Give each <portico-apim> its own id and point widgets at one with apim="…".',
    namedMessage: (id: string) => `No <portico-apim id="${id}"> was found on this page.`,
    namedHint: (id: string) => `Add <portico-apim id="${id}" developer-url="…"> to the page, or set apim to the id of a <portico-apim> that is on it.`,
    noneMessage: 'No <portico-apim> was found on this page.',
    noneHint: 'Add <portico-apim developer-url="https://{service}.developer.azure-api.net"> to the page.',
  },
  keyPicker: {
    label: 'Subscription key',
    option: (subscription: string, scope: string, key: string) => `${subscription} (${scope}) · ${key}`,
    primary: 'primary',
    secondary: 'secondary',
    signedOut: 'Sign in to use one of your subscription keys.',
    loading: 'Loading your subscriptions…',
    unknownDeveloper: 'Create your developer account to get a subscription key for this API.',
    none: 'None of your active subscriptions covers this API. Subscribe to a product that includes it.',
    failed: (message: string) => `Your subscriptions could not be loaded. ${message}`,
    keyFailed: 'The key of this subscription could not be loaded.',
    retry: 'Try again',
    unavailable: 'Your subscriptions are unavailable: API Management is not set up correctly on this page.',
    apiIdMissingMessage: 'apim is set but api-id is not, so the console cannot tell which of your subscriptions cover this API.',
    apiIdMissingHint: 'Set api-id to the API’s id in API Management (the name in its URL, e.g. "conference").',
  },
};

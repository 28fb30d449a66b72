import { fakeAccount, fakeJwt } from '../../src/testing/index.js';

/** The story API's audience, as Entra writes it in `aud` when the API exposes `api://contoso-orders`. */
export const ORDERS_API = 'api://contoso-orders';

/**
 * An access token Entra (v2.0) could have issued to Ada Lovelace (`fakeAccount()`) for the
 * Contoso Orders API, valid from now for an hour; `overrides` change or add claims. Times are
 * taken when it is called: call it when the story renders, not when its module loads.
 */
export function ordersToken(overrides: Readonly<Record<string, unknown>> = {}): string {
  const { name, username, tenantId, homeAccountId } = fakeAccount();
  const now = Math.floor(Date.now() / 1000);
  return fakeJwt({
    aud: ORDERS_API,
    iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    azp: '0b7f3c1e-5d2a-4e8b-9f6a-3c2d1e0f9a8b',
    name,
    preferred_username: username,
    oid: homeAccountId.split('.')[0],
    tid: tenantId,
    scp: 'Orders.Read',
    ver: '2.0',
    ...overrides,
  });
}

/**
 * API Management's shared access signature, as the developer data API returns it in the
 * `Ocp-Apim-Sas-Token` header (`SharedAccessSignature token="{userId}&{yyyyMMddHHmm}&{signature}",refresh="true"`)
 * and as it is presented back in `Authorization`.
 */
export interface SharedAccessSignature {
  /** The value for the `Authorization` header of data API calls. */
  readonly authorization: string;
  readonly userId: string;
  /** When it expires (the format says the minute, UTC). */
  readonly expiresOn: Date;
}

/** Reads an `Ocp-Apim-Sas-Token` header value (or a bare token); `null` when it is not one. */
export function parseSharedAccessSignature(header: string | null): SharedAccessSignature | null {
  if (!header) return null;
  const token = /token="([^"]+)"/u.exec(header)?.[1] ?? header.replace(/^SharedAccessSignature\s+/u, '');
  const match = /^([\w-]+)&(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})&\S+$/u.exec(token);
  if (!match) return null;
  const [, userId = '', year, month, day, hour, minute] = match;
  const expiresOn = new Date(`${year}-${month}-${day}T${hour}:${minute}:00Z`);
  if (Number.isNaN(expiresOn.getTime())) return null;
  return { authorization: `SharedAccessSignature token="${token}",refresh="true"`, userId, expiresOn };
}

/** Renew five minutes before expiry (as the developer portal does), or halfway for a shorter-lived token; never sooner than in a second. */
export function renewalDelay(signature: SharedAccessSignature, now: number): number {
  const left = signature.expiresOn.getTime() - now;
  return Math.max(1000, left - Math.min(5 * 60_000, left / 2));
}

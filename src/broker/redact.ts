/** Replaces every occurrence of the given secrets in `text`, so a secret never reaches a log line or a response. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;
  for (const secret of secrets) {
    // Short values would redact ordinary words; no real secret or token is this short.
    if (secret && secret.length >= 8) result = result.split(secret).join('[redacted]');
  }
  return result;
}

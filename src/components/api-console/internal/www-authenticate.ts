/** One challenge of a `WWW-Authenticate` header: `Bearer realm="api", error="invalid_token"`. */
export interface Challenge {
  /** Lower case, e.g. `bearer`. */
  readonly scheme: string;
  /** Parameter names in lower case; quoted values unquoted. */
  readonly params: Readonly<Record<string, string>>;
}

const TOKEN_CHAR = /[!#$%&'*+.^_`|~\w-]/u;

/**
 * The challenges of a `WWW-Authenticate` header (RFC 9110 §11.6.1), which may hold several, each
 * a scheme followed by comma-separated `name=value` parameters. Lenient: a token68 credential
 * and anything malformed are skipped.
 */
export function parseChallenges(header: string): Challenge[] {
  const challenges: { scheme: string; params: Record<string, string> }[] = [];
  let at = 0;
  const skip = (pattern: RegExp) => {
    while (at < header.length && pattern.test(header[at]!)) at += 1;
  };
  const token = () => {
    const start = at;
    skip(TOKEN_CHAR);
    return header.slice(start, at);
  };
  while (at < header.length) {
    skip(/[\s,]/u);
    const name = token();
    if (!name) {
      at += 1;
      continue;
    }
    skip(/\s/u);
    if (header[at] !== '=') {
      challenges.push({ scheme: name.toLowerCase(), params: {} });
      continue;
    }
    at += 1;
    skip(/\s/u);
    const value = header[at] === '"' ? quotedString() : token();
    if (header[at] === '=')
      skip(/[^,]/u); // a token68 (`abc==`), not a parameter
    else if (challenges.length) challenges.at(-1)!.params[name.toLowerCase()] = value;
  }
  return challenges;

  function quotedString(): string {
    let value = '';
    for (at += 1; at < header.length && header[at] !== '"'; at += 1) value += header[at] === '\\' ? (header[++at] ?? '') : header[at];
    at += 1;
    return value;
  }
}

/** The first Bearer challenge, or null. */
export function bearerChallenge(header: string | null): Challenge | null {
  return header ? (parseChallenges(header).find((challenge) => challenge.scheme === 'bearer') ?? null) : null;
}

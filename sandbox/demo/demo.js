// @ts-check
/**
 * The demo portal's behaviour, kept out of the page because its Content-Security-Policy allows
 * no inline script. It shows, per provider, who is signed in (from the controllers'
 * `portico-auth-change` events) and wires the sign-in and sign-out buttons.
 */

/**
 * @typedef {{ name?: string, username?: string, roles?: string[] }} Account
 * @typedef {{ state: string, account?: Account | null }} AuthChange
 * @typedef {HTMLElement & { controller?: { state?: string, account?: Account | null,
 *   signIn(): Promise<unknown>, signOut(): Promise<unknown> } }} PorticoAuth
 */

const STATUS_TEXT = /** @type {Record<string, string>} */ ({
  initializing: 'Checking whether you are signed in…',
  'signed-out': 'Not signed in.',
  'signing-in': 'Signing in…',
  error: 'Sign-in failed.',
});

for (const card of document.querySelectorAll('[data-provider]')) {
  const auth = /** @type {PorticoAuth | null} */ (
    document.getElementById(card.getAttribute('data-provider') ?? '')
  );
  if (auth) connect(auth, card);
}

void showBuildNotice();

/**
 * @param {PorticoAuth} auth
 * @param {Element} card
 */
function connect(auth, card) {
  const status = /** @type {HTMLElement} */ (card.querySelector('[data-status]'));
  const signIn = /** @type {HTMLButtonElement} */ (card.querySelector('[data-sign-in]'));
  const signOut = /** @type {HTMLButtonElement} */ (card.querySelector('[data-sign-out]'));

  /** @param {AuthChange} change */
  const show = ({ state, account }) => {
    const signedIn = state === 'signed-in' && account;
    status.textContent = signedIn ? describe(account) : (STATUS_TEXT[state] ?? state);
    signIn.hidden = !!signedIn;
    signOut.hidden = !signedIn;
    signIn.disabled = signOut.disabled = state === 'signing-in' || state === 'initializing';
  };

  auth.addEventListener('portico-auth-change', (event) =>
    show(/** @type {CustomEvent<AuthChange>} */ (event).detail),
  );
  auth.addEventListener('portico-auth-error', (event) => {
    const { message, hint } = /** @type {CustomEvent<{ message: string, hint?: string }>} */ (event).detail;
    status.textContent = hint ? `${message} ${hint}` : message;
  });

  /** @param {() => Promise<unknown> | undefined} action */
  const run = (action) => {
    // Failures also arrive as portico-auth-error (shown above); this covers anything else.
    const report = (/** @type {unknown} */ error) => {
      status.textContent = error instanceof Error ? error.message : String(error);
    };
    try {
      action()?.catch(report);
    } catch (error) {
      report(error);
    }
  };
  // signIn() is called right in the click handler, so that its popup counts as user-initiated.
  signIn.addEventListener('click', () => run(() => auth.controller?.signIn()));
  signOut.addEventListener('click', () => run(() => auth.controller?.signOut()));

  customElements.whenDefined('portico-auth').then(() => {
    // The controller may have changed state before this script listened.
    const { state = 'initializing', account } = auth.controller ?? {};
    show({ state, account });
  });
}

/** @param {Account} account */
function describe({ name, username, roles = [] }) {
  const who = username && username !== name ? `${name} (${username})` : (name ?? username ?? 'someone');
  return `Signed in as ${who}. Roles: ${roles.length ? roles.join(', ') : 'none'}.`;
}

/** Says so on the page when Portico's bundle is missing, instead of leaving dead buttons. */
async function showBuildNotice() {
  const response = await fetch('/dist/cdn/portico.js', { method: 'HEAD' }).catch(() => undefined);
  if (response?.ok) return;
  /** @type {HTMLElement} */ (document.getElementById('build-notice')).hidden = false;
  for (const status of document.querySelectorAll('[data-status]')) {
    status.textContent = 'Sign-in is unavailable until Portico is built.';
  }
}

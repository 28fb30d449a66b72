/** What one tab tells the others of the same origin. */
export interface CrossTabMessage {
  readonly type: 'signed-in' | 'signed-out';
  /** Which provider: its client ID and authority. */
  readonly provider: string;
  readonly username?: string;
}

const CHANNEL_NAME = 'portico-auth';

/**
 * Tells this origin's other tabs about sign-in and sign-out, and hears theirs.
 * Tabs cannot share a `sessionStorage` token cache, so the message carries only what a
 * listening tab needs to catch up by itself (silently signing in the same user).
 */
export class CrossTabChannel {
  readonly #channel: BroadcastChannel | undefined;

  constructor(
    readonly provider: string,
    onMessage: (message: CrossTabMessage) => void,
  ) {
    if (typeof BroadcastChannel === 'undefined') return;
    this.#channel = new BroadcastChannel(CHANNEL_NAME);
    this.#channel.addEventListener('message', (event: MessageEvent<CrossTabMessage>) => {
      if (event.data?.provider === provider) onMessage(event.data);
    });
  }

  post(type: CrossTabMessage['type'], username?: string): void {
    this.#channel?.postMessage({ type, provider: this.provider, username } satisfies CrossTabMessage);
  }

  close(): void {
    this.#channel?.close();
  }
}

// oidc-provider ships no type declarations (and @types/oidc-provider trails its major versions).
// This names the part of its API the sandbox uses; the configuration object stays loosely typed,
// its shape is documented where it is written (oidc/provider.js).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, any>);
    readonly issuer: string;
    /** A Node request listener for the provider's routes. */
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<any>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    urlFor(route: string, options?: Record<string, string>): string;
    on(event: string, listener: (...args: any[]) => void): this;
    /** Adds Koa middleware in front of the provider's routes. */
    use(middleware: (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>): this;
    Grant: any;
  }

  /** The Koa context the provider's middleware and hooks receive; only what the sandbox reads. */
  export interface KoaContextWithOIDC {
    status: number;
    body: unknown;
    oidc: any;
  }

  export const errors: Record<string, new (description?: string) => Error>;
  export const interactionPolicy: any;
}

declare module 'oidc-provider/lib/adapters/memory_adapter.js' {
  export function createMemoryAdapter(clockTolerance?: number): (model: string) => unknown;
}

import type { StoryContext } from '@storybook/web-components-vite';
import { PorticoAuthError } from '../../src/auth/errors.js';
import type { AuthController } from '../../src/auth/types.js';
import { registerFakeProvider } from '../../src/testing/index.js';

/** A working provider (a controller) or a misconfigured one (its error), as a story needs it. */
export type StoryProvider = AuthController | PorticoAuthError;

/** The provider ids of each story on the page, by story id. */
const registered = new Map<string, readonly string[]>();

/**
 * A story's `beforeEach`: registers the providers `create` makes, each under an id unique to the
 * story (see `providerId`), and unregisters them when Storybook tears the story down. A docs page
 * renders many stories in one document, and the page's provider registry is shared, so plain ids
 * such as `contoso` would collide. Storybook runs `beforeEach` again on every re-render (a control
 * changed) but cleans up only at teardown, so a story's providers are made once and kept.
 *
 * @example
 * beforeEach: fakeProviders(() => ({ contoso: new FakeAuthController({ label: 'Contoso' }) })),
 * render: (args, context) => html`<portico-sign-in auth=${providerIds(context)}></portico-sign-in>`,
 */
export function fakeProviders(create: () => Readonly<Record<string, StoryProvider>>) {
  return (context: StoryContext): (() => void) | undefined => {
    if (registered.has(context.id)) return undefined;
    const providers = Object.entries(create()).map(([name, provider]) => ({ id: providerId(context, name), provider }));
    const unregisters = providers.map(({ id, provider }) =>
      registerFakeProvider(provider instanceof PorticoAuthError ? { id, error: provider } : { id, controller: provider }),
    );
    registered.set(
      context.id,
      providers.map(({ id }) => id),
    );
    return () => {
      for (const unregister of unregisters) unregister();
      registered.delete(context.id);
    };
  };
}

/** The ids of every provider of this story, space-separated, in the order `fakeProviders` made them: an `auth` value. */
export function providerIds(context: Pick<StoryContext, 'id'>): string {
  return registered.get(context.id)?.join(' ') ?? '';
}

/**
 * The id the provider `name` of this story is registered under: `contoso@elements-portico-sign-in--two-tenants`.
 * The docs' code panels show it as plain `contoso` (preview.ts strips the suffix).
 */
export function providerId(context: Pick<StoryContext, 'id'>, name: string): string {
  return `${name}${providerSuffix(context)}`;
}

/** What makes a story's provider ids unique; preview.ts removes it from the code shown in docs. */
export function providerSuffix(context: Pick<StoryContext, 'id'>): string {
  return `@${context.id}`;
}

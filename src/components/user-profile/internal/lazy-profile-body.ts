import { LazyModule } from '../../../internal/lazy-module.js';

/** The profile's card and menu, with their styles: fetched when an account first appears, never by a signed-out page. */
export const profileBodies = new LazyModule(() => import('./profile-body.js'), new URL('./profile-body.js', import.meta.url));

import { PorticoAuthError } from '../../src/auth/errors.js';

/** The `PorticoAuthError` a promise rejects with; fails the test if it resolves or rejects otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<PorticoAuthError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PorticoAuthError) return error;
    throw error;
  }
  throw new Error('expected the promise to reject');
}

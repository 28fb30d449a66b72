import type { AuthController } from '../../auth/types.js';

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
/** The delegated permission Microsoft Graph needs to read the signed-in user's photo. */
export const GRAPH_PHOTO_SCOPES = ['User.Read'] as const;

/**
 * The signed-in user's photo from Microsoft Graph (`/me/photo/$value`) as an image blob.
 * @throws on any failure (no token, no photo, network, not an image): callers show initials.
 */
export async function fetchGraphPhoto(controller: AuthController, baseUrl: string, signal: AbortSignal): Promise<Blob> {
  const { accessToken } = await controller.getAccessToken({ scopes: GRAPH_PHOTO_SCOPES, signal });
  const url = `${(baseUrl || DEFAULT_GRAPH_BASE_URL).replace(/\/+$/u, '')}/me/photo/$value`;
  const response = await fetch(url, { headers: { Authorization: `Bearer ${accessToken}` }, signal });
  if (!response.ok) throw new Error(`Microsoft Graph answered ${response.status} for the photo.`);
  const blob = await response.blob();
  if (!blob.type.startsWith('image/')) throw new Error(`The photo is not an image (${blob.type || 'no type'}).`);
  return blob;
}

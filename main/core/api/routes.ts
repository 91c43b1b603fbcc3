/**
 * Every path of the operator API in one place, shared by the host's routes, the
 * console and the tests (which walk this list to prove that each one answers
 * 401 without a session).
 */

/** The HTTP methods the API uses. */
export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Path of each API resource; `:name` and `:id` are filled in with {@link apiPath}. */
export const API_ROUTES = {
  session: '/api/session',
  setupPassword: '/api/setup-password',
  playlist: '/api/playlist',
  playlistHistory: '/api/playlist/history',
  playlistUndo: '/api/playlist/undo',
  media: '/api/media',
  mediaItem: '/api/media/:name',
  settings: '/api/settings',
  feedTest: '/api/feed/test',
  feedRefresh: '/api/feed/refresh',
  announcements: '/api/announcements',
  announcement: '/api/announcements/:id',
  status: '/api/status',
  schedulePreview: '/api/schedule-preview',
  proofOfPlay: '/api/proof-of-play.csv',
  screenshot: '/api/screenshot.png',
  screensReload: '/api/screens/reload',
} as const;

/** The name of an API resource. */
export type ApiRouteName = keyof typeof API_ROUTES;

/** Which methods each path answers. */
export const API_METHODS: { readonly [K in ApiRouteName]: readonly ApiMethod[] } = {
  session: ['GET', 'POST', 'DELETE'],
  setupPassword: ['POST'],
  playlist: ['GET', 'PUT'],
  playlistHistory: ['GET'],
  playlistUndo: ['POST'],
  media: ['GET', 'POST'],
  mediaItem: ['DELETE'],
  settings: ['GET', 'PATCH'],
  feedTest: ['POST'],
  feedRefresh: ['POST'],
  announcements: ['GET', 'POST'],
  announcement: ['DELETE'],
  status: ['GET'],
  schedulePreview: ['GET'],
  proofOfPlay: ['GET'],
  screenshot: ['GET'],
  screensReload: ['POST'],
};

/** The session cookie (HttpOnly, SameSite=Strict, Path=/api): the console never reads it. */
export const SESSION_COOKIE = 'pano_session';

/** The header every non-GET request carries: the session's CSRF token from POST/GET /api/session. */
export const CSRF_HEADER = 'x-pano-csrf';

/** A concrete path: `apiPath('mediaItem', { name: 'a.jpg' })` → `/api/media/a.jpg` (parameters URL-encoded). */
export function apiPath(route: ApiRouteName, params: Readonly<Record<string, string>> = {}): string {
  return API_ROUTES[route].replace(/:(\w+)/g, (_match, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`apiPath(${route}) needs the parameter ${key}`);
    return encodeURIComponent(value);
  });
}

/**
 * The one origin the kiosk trusts. Node's WHATWG URL gives non-special schemes
 * an opaque origin ("null"), so checks compare scheme and host instead.
 */

/** The custom scheme the screen is served from (never file://). */
export const APP_SCHEME = 'pano';
/** The only host under that scheme. */
export const APP_HOST = 'app';
/** Where the kiosk window starts. */
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** True when `url` is a page or file of Pano itself (pano://app/...). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.hostname === APP_HOST && parsed.port === '';
  } catch {
    return false;
  }
}

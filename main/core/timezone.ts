/** IANA time zones, checked without a clock. */

/** The time zone every screen uses unless configured otherwise. */
export const DEFAULT_TIMEZONE = 'Asia/Ho_Chi_Minh';

/** Area/Location names (and UTC): newer runtimes also accept offsets like "+07:00", older ones do not. */
const IANA_NAME = /^(UTC|[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+)$/;

/**
 * True when `name` is an IANA time-zone name this runtime knows. Offsets are
 * refused everywhere, so a settings file valid in the kiosk (Electron's newer
 * V8) is valid in the browser host (Node 20) too.
 */
export function isValidTimeZone(name: string): boolean {
  if (!IANA_NAME.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

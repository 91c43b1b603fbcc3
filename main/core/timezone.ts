/** IANA time zones, checked without a clock or a platform call. */

/** The time zone every screen uses unless configured otherwise. */
export const DEFAULT_TIMEZONE = 'Asia/Ho_Chi_Minh';

/** True when `name` is an IANA time zone this runtime knows. */
export function isValidTimeZone(name: string): boolean {
  if (name.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

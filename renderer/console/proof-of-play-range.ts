/**
 * The days a proof-of-play download covers and the address that asks for
 * them. The operator picks whole days on the screen's calendar, both ends
 * included; GET /api/proof-of-play.csv takes instants with `to` excluded
 * (a bare date there would mean midnight UTC, seven hours off in Hà Nội), so
 * each day is sent as the instant it begins in the screen's time zone.
 */
import { PROOF_OF_PLAY_MAX_DAYS } from '../../main/core/api/kiosk-api';
import { isLocalDate } from '../../main/core/schedule/schedule-schema';
import { localDayStart, MS_PER_DAY } from '../../main/core/schedule/zone-offsets';

/** A range of days, `YYYY-MM-DD`, both included; a side left out is open. */
export interface DayRange {
  from?: string | undefined;
  to?: string | undefined;
}

/** How many days the download covers until the operator picks others: the last week, today included. */
export const DEFAULT_RANGE_DAYS = 7;

/** Days since 1970-01-01 of a calendar day. */
function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / MS_PER_DAY;
}

/** `iso` moved by `days` calendar days (negative: back). */
export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The last `count` days ending with `today`, both ends included. */
export function lastDays(today: string, count = DEFAULT_RANGE_DAYS): Required<DayRange> {
  return { from: addDays(today, -(count - 1)), to: today };
}

/** What is wrong with a range before it is asked for, or null when nothing is. */
export type RangeProblem = 'backwards' | 'too-long' | null;

/** A range that starts after it ends holds no day; one longer than the host exports is refused there. */
export function rangeProblem(range: DayRange): RangeProblem {
  if (!range.from || !range.to) return null;
  const days = dayNumber(range.to) - dayNumber(range.from) + 1;
  if (days < 1) return 'backwards';
  return days > PROOF_OF_PLAY_MAX_DAYS ? 'too-long' : null;
}

/**
 * The download address for `range` read in `timeZone`: `from` is the instant
 * its first day begins, `to` the instant the day after its last day begins.
 * Days that are not real dates are left out rather than sent.
 */
export function proofOfPlayHref(path: string, range: DayRange, timeZone: string): string {
  const query = new URLSearchParams();
  const startOf = (day: number) => new Date(localDayStart(timeZone, day)).toISOString();
  if (range.from && isLocalDate(range.from)) query.set('from', startOf(dayNumber(range.from)));
  if (range.to && isLocalDate(range.to)) query.set('to', startOf(dayNumber(range.to) + 1));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

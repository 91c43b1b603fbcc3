/**
 * The times a news slide shows: when the article was published, and how old
 * the news is when the feed has not been refreshed for a while. Pure: the
 * clock and the zone are parameters.
 */
import type { NewsFreshness } from '../player-state';
import { DEFAULT_TIMEZONE, isValidTimeZone } from '../timezone';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Calendar months and years vary; for "how old" a rounded-down 30 and 365 days read right. */
const MONTH_MS = 30 * DAY_MS;
const YEAR_MS = 365 * DAY_MS;

// Building a formatter is costly and every news slide asks: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('vi-VN', {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * "15:06 - 21/12/2022": the published time as the union's own site prints it,
 * in the screen's zone (an unknown zone falls back to Asia/Ho_Chi_Minh rather
 * than breaking the slide). Built from parts so ICU punctuation cannot change it.
 */
export function formatNewsTime(publishedAtMs: number, timeZone: string): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIMEZONE;
  const parts = formatterFor(zone).formatToParts(publishedAtMs);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')} - ${part('day')}/${part('month')}/${part('year')}`;
}

/**
 * "cập nhật 3 giờ trước": a discreet phrase for how old the news is, rounded
 * down to the largest unit. A negative or unknown age (a clock set back) reads
 * as just now rather than as nonsense.
 */
export function describeNewsAge(ageMs: number): string {
  const age = Number.isFinite(ageMs) ? Math.max(0, ageMs) : 0;
  const units: ReadonlyArray<readonly [number, string]> = [
    [YEAR_MS, 'năm'],
    [MONTH_MS, 'tháng'],
    [DAY_MS, 'ngày'],
    [HOUR_MS, 'giờ'],
    [MINUTE_MS, 'phút'],
  ];
  for (const [unitMs, word] of units) {
    if (age >= unitMs) return `cập nhật ${Math.floor(age / unitMs)} ${word} trước`;
  }
  return 'cập nhật vừa xong';
}

/**
 * True when the news was last fetched longer ago than the state allows. The
 * bundled sample (no fetch time) is never stale, and neither is anything when
 * the numbers are not numbers: a wrong notice is worse than none.
 */
export function isNewsStale(freshness: NewsFreshness, nowMs: number): boolean {
  const { lastSuccessAtMs, staleAfterMs } = freshness;
  if (lastSuccessAtMs === null || !Number.isFinite(lastSuccessAtMs) || !Number.isFinite(nowMs)) return false;
  return nowMs - lastSuccessAtMs > staleAfterMs;
}

/** The stale notice for the news slide, or null while the news is fresh. */
export function newsStaleNotice(freshness: NewsFreshness, nowMs: number): string | null {
  if (!isNewsStale(freshness, nowMs) || freshness.lastSuccessAtMs === null) return null;
  return describeNewsAge(nowMs - freshness.lastSuccessAtMs);
}

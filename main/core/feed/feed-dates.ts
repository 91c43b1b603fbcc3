/**
 * The dates feeds and pages write: RFC 822 (RSS), ISO 8601 (Atom, JSON Feed,
 * meta tags) and the Vietnamese date lines of provincial portals. A time
 * without a zone is wall time in the screen's zone, never the host's.
 */
import { type WallTime, wallTimeAtOffsetToEpochMs, wallTimeToEpochMs } from './zoned-time';

export { type WallTime, wallTimeToEpochMs, wallTimeAtOffsetToEpochMs } from './zoned-time';

/** Longer than any date line; a whole paragraph handed in by mistake is not scanned. */
const MAX_DATE_TEXT = 500;

/** Epoch ms from fields and an optional offset in minutes (null: wall time in `timezone`). */
function toEpochMs(wall: WallTime, offsetMinutes: number | null, timezone: string): number | null {
  return offsetMinutes === null ? wallTimeToEpochMs(wall, timezone) : wallTimeAtOffsetToEpochMs(wall, offsetMinutes);
}

/** `+07:00`, `+0700`, `-05`, `Z` → minutes east of UTC; null when absent or nonsense. */
function numericOffsetMinutes(sign: string, hours: string, minutes: string | undefined): number | null {
  const h = Number(hours);
  const m = minutes === undefined ? 0 : Number(minutes);
  if (h > 14 || m > 59) return null;
  return (sign === '-' || sign === '−' ? -1 : 1) * (h * 60 + m);
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]+(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+\-−]\d{2}(?::?\d{2})?)?$/iu;

/** ISO 8601 / RFC 3339 as Atom and JSON Feed write it; zoneless → wall time in `timezone`. */
export function parseIsoDate(text: string, timezone: string): number | null {
  const match = ISO.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const wall: WallTime = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millisecond: fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0,
  };
  let offset: number | null = null;
  if (zone) {
    if (/^(Z|UTC|GMT)$/iu.test(zone)) offset = 0;
    else {
      const parts = /^([+\-−])(\d{2}):?(\d{2})?$/u.exec(zone);
      offset = parts ? numericOffsetMinutes(parts[1] ?? '+', parts[2] ?? '0', parts[3]) : null;
      if (offset === null) return null;
    }
  }
  return toEpochMs(wall, offset, timezone);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Zone names RFC 822 allows, and ICT, which Vietnamese servers write for UTC+7. */
const ZONE_NAMES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  ICT: 420,
};

const RFC822 =
  /^(?:[a-z]+\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,})\.?[\s-]+(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:(?:GMT|UTC)?\s*([+\-−])(\d{1,2}):?(\d{2})?|([a-z]{1,5}))?\s*(?:\([^)]*\))?$/iu;

/** RFC 822 / 2822 as RSS writes it (`Wed, 21 Dec 2022 15:06:00 +0700`); an unknown zone name counts as no zone. */
export function parseRfc822Date(text: string, timezone: string): number | null {
  const match = RFC822.exec(text.trim());
  if (!match) return null;
  const [, day, monthName, year, hour, minute, second, sign, offHours, offMinutes, zoneName] = match;
  const month = MONTHS.indexOf((monthName ?? '').slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  let fullYear = Number(year);
  // RFC 822 allowed two-digit years; feeds that still write them mean this century or the last.
  if ((year ?? '').length === 2) fullYear += fullYear < 50 ? 2000 : 1900;
  const wall: WallTime = {
    year: fullYear,
    month,
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
  };
  let offset: number | null = null;
  if (sign && offHours) {
    // `+0700` arrives as hours "07" and minutes "00"; `GMT+7` as hours "7".
    offset = numericOffsetMinutes(sign, offHours, offMinutes);
    if (offset === null) return null;
  } else if (zoneName) {
    offset = ZONE_NAMES[zoneName.toUpperCase()] ?? null;
  }
  return toEpochMs(wall, offset, timezone);
}

const VN_OFFSET = /(?:GMT|UTC)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?/iu;
const VN_DATE_PATTERNS: readonly { pattern: RegExp; order: 'dmy' | 'ymd' }[] = [
  { pattern: /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/u, order: 'dmy' },
  { pattern: /ngày\s+(\d{1,2})\s*tháng\s+(\d{1,2})\s*,?\s*năm\s+(\d{4})(?!\d)/iu, order: 'dmy' },
  { pattern: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/u, order: 'ymd' },
];
const VN_TIME =
  /(?<![\d:/.])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?:\s*(?::|phút)\s*(\d{2}))?(?!\d)(?:\s*(SA|CH|AM|PM)(?![a-z]))?/iu;

/**
 * A date in a Vietnamese date line — "Cập nhật lúc 15:06 - 21/12/2022 (GMT +07:00)",
 * "Thứ tư, 21/12/2022 - 15:06", "Ngày 21 tháng 12 năm 2022", "21-12-2022" — as
 * epoch ms. Day comes before month. A GMT/UTC offset in the text wins; without
 * one the time is wall time in `timezone`; without a time it is midnight.
 * Null when there is no date or it does not exist (31/02/2023).
 */
export function parseVietnameseDateLine(text: string, timezone: string): number | null {
  let rest = text.normalize('NFC').slice(0, MAX_DATE_TEXT);
  let offset: number | null = null;
  const zone = VN_OFFSET.exec(rest);
  if (zone) {
    offset = numericOffsetMinutes(zone[1] ?? '+', zone[2] ?? '0', zone[3]);
    // "(GMT +07:00)" must not be read as the time 07:00.
    rest = `${rest.slice(0, zone.index)} ${rest.slice(zone.index + zone[0].length)}`;
  }

  let found: { index: number; length: number; year: number; month: number; day: number } | null = null;
  for (const { pattern, order } of VN_DATE_PATTERNS) {
    const match = pattern.exec(rest);
    if (!match || (found && found.index <= match.index)) continue;
    const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
    found =
      order === 'dmy'
        ? { index: match.index, length: match[0].length, day: a, month: b, year: c }
        : { index: match.index, length: match[0].length, year: a, month: b, day: c };
  }
  if (!found) return null;
  rest = `${rest.slice(0, found.index)} ${rest.slice(found.index + found.length)}`;

  let hour = 0;
  let minute = 0;
  let second = 0;
  const time = VN_TIME.exec(rest);
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = Number(time[3] ?? 0);
    // SA (sáng) / AM and CH (chiều) / PM on a 12-hour clock.
    const half = time[4]?.toUpperCase();
    if ((half === 'CH' || half === 'PM') && hour < 12) hour += 12;
    if ((half === 'SA' || half === 'AM') && hour === 12) hour = 0;
  }
  const wall: WallTime = { year: found.year, month: found.month, day: found.day, hour, minute, second };
  return toEpochMs(wall, offset, timezone);
}

/**
 * Any date a feed writes — ISO 8601, RFC 822, or a Vietnamese date line — as
 * epoch ms; null when empty or unreadable. Never falls back to `Date.parse`,
 * which would read a zoneless time in the host's zone.
 */
export function parseFeedDate(text: string | null | undefined, timezone: string): number | null {
  if (!text) return null;
  const trimmed = text.normalize('NFC').replace(/\s+/gu, ' ').trim().slice(0, MAX_DATE_TEXT);
  if (trimmed === '') return null;
  return (
    parseIsoDate(trimmed, timezone) ?? parseRfc822Date(trimmed, timezone) ?? parseVietnameseDateLine(trimmed, timezone)
  );
}

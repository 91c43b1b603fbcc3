/**
 * Wall-clock time in a named zone → epoch milliseconds, without reading the
 * clock and without the machine's own zone: a feed's "15:06" means 15:06 in
 * the screen's zone, whichever zone the host runs in.
 */

/** A calendar date and time of day as written in a document, with no zone of its own. */
export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond?: number;
}

const MS_PER_DAY = 86_400_000;

// One formatter per zone: building an Intl.DateTimeFormat is far dearer than using it, and a
// feed of 200 items would otherwise build hundreds.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC (ms, east positive) at an instant. */
export function zoneOffsetMs(epochMs: number, timezone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timezone).formatToParts(new Date(wholeSecond))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    // Some engines still print midnight as 24 even with h23.
    (fields.hour ?? 0) % 24,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return asUtc - wholeSecond;
}

/** True when the fields name a real moment of the calendar (no 31 February, no 25:00). */
export function isValidWallTime(wall: WallTime): boolean {
  const { year, month, day, hour, minute, second } = wall;
  const ints = [year, month, day, hour, minute, second];
  if (!ints.every(Number.isInteger)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function wallAsUtcMs(wall: WallTime): number {
  // A leap second (:60) is read as the next second rather than refused.
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond ?? 0);
}

/** Epoch ms of a wall time at a fixed offset from UTC (minutes, east positive), or null if it is no real date. */
export function wallTimeAtOffsetToEpochMs(wall: WallTime, offsetMinutes: number): number | null {
  if (!isValidWallTime(wall)) return null;
  return wallAsUtcMs(wall) - offsetMinutes * 60_000;
}

/**
 * Epoch ms of a wall time in an IANA zone, or null if it is no real date.
 * DST-correct: a time that happens twice (clocks go back) is the first of the
 * two; a time that never happens (clocks go forward) moves forward by the gap,
 * as a wall clock would read it.
 */
export function wallTimeToEpochMs(wall: WallTime, timezone: string): number | null {
  if (!isValidWallTime(wall)) return null;
  const local = wallAsUtcMs(wall);
  // Offsets a day either side bracket any transition near this wall time.
  const before = zoneOffsetMs(local - MS_PER_DAY, timezone);
  const after = zoneOffsetMs(local + MS_PER_DAY, timezone);
  const candidates = [...new Set([before, after])]
    .map((offset) => local - offset)
    .filter((epochMs) => local - zoneOffsetMs(epochMs, timezone) === epochMs)
    .sort((a, b) => a - b);
  return candidates[0] ?? local - before;
}

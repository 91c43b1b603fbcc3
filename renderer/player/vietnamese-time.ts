/** The clock's words: Vietnamese time and date in the screen's time zone. */
import { DEFAULT_TIMEZONE, isValidTimeZone } from '../../main/core/timezone';

/** What the clock shows: "16:05" and "Thứ Năm, 26/11/2026". */
export interface ClockFace {
  time: string;
  date: string;
}

const MINUTE_MS = 60_000;

// Formatters are costly to build and the clock asks once a minute: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('vi-VN', {
      timeZone,
      weekday: 'long',
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

/** "thứ năm" → "Thứ Năm": ICU versions differ in case, a wall clock should not. */
function capitaliseWords(text: string): string {
  return text
    .split(' ')
    .map((word) => (word ? word.charAt(0).toLocaleUpperCase('vi-VN') + word.slice(1) : word))
    .join(' ');
}

/**
 * The clock face at `at` in `timeZone` (an unknown zone falls back to
 * Asia/Ho_Chi_Minh rather than breaking the screen). Built from parts so the
 * layout does not depend on the ICU version's punctuation.
 */
export function formatVietnameseClock(at: Date | number, timeZone: string): ClockFace {
  const zone = isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIMEZONE;
  const parts = formatterFor(zone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = capitaliseWords(part('weekday')).normalize('NFC');
  return {
    time: `${part('hour')}:${part('minute')}`,
    date: `${weekday}, ${part('day')}/${part('month')}/${part('year')}`,
  };
}

/**
 * Milliseconds until the next whole minute. Every zone in use today is offset
 * from UTC by whole minutes, so a UTC minute boundary is a local one too.
 */
export function msUntilNextMinute(nowMs: number): number {
  const intoMinuteMs = ((nowMs % MINUTE_MS) + MINUTE_MS) % MINUTE_MS;
  return MINUTE_MS - intoMinuteMs;
}

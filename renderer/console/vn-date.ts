/**
 * Dates as a Vietnamese office writes them (31/05/2023) and as the files store
 * them (2023-05-31, ISO 8601 instants with their offset).
 */
import { isLocalDate } from '../../main/core/schedule/schedule-schema';

const pad = (n: number) => String(n).padStart(2, '0');

/** `2023-05-31` → `31/05/2023`; anything else comes back unchanged so nothing is lost from view. */
export function isoDateToVn(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/**
 * `31/5/2023` (also with `-` or `.`, one or two digits for day and month) →
 * `2023-05-31`; null when it is not a real day, so the form can say so.
 */
export function vnDateToIso(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${pad(Number(match[2]))}-${pad(Number(match[1]))}`;
  return isLocalDate(iso) ? iso : null;
}

/** The wall-clock parts of an instant in a time zone (the browser's own when `timeZone` is undefined). */
function wallParts(epochMs: number, timeZone?: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(epochMs);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** `15:06 - 21/12/2022`: how the player and the union's site write a moment. */
export function formatInstantVn(epochMs: number, timeZone?: string): string {
  const p = wallParts(epochMs, timeZone);
  return `${p.hour}:${p.minute} - ${p.day}/${p.month}/${p.year}`;
}

/** `21/12/2022` of an instant in a time zone. */
export function formatDayVn(epochMs: number, timeZone?: string): string {
  const p = wallParts(epochMs, timeZone);
  return `${p.day}/${p.month}/${p.year}`;
}

/** `HH:MM` of an instant in a time zone. */
export function formatTimeVn(epochMs: number, timeZone?: string): string {
  const p = wallParts(epochMs, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** The value a `<input type="datetime-local">` shows for an instant: `YYYY-MM-DDTHH:MM` in `timeZone`. */
export function toLocalInputValue(epochMs: number, timeZone?: string): string {
  const p = wallParts(epochMs, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/**
 * `2023-10-20T08:00` read at `offsetMin` minutes east of UTC →
 * `2023-10-20T08:00:00+07:00`, the form announcements are stored in; null
 * when the text is not a date and time.
 */
export function localInputToIso(text: string, offsetMin: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text) || !isLocalDate(text.slice(0, 10))) return null;
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${text}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Minutes east of UTC that the browser's clock reads at the wall time `text` (`YYYY-MM-DDTHH:MM`). */
export function browserOffsetAt(text: string): number {
  const probe = new Date(text);
  return Number.isNaN(probe.getTime()) ? -new Date(0).getTimezoneOffset() : -probe.getTimezoneOffset();
}

/** The day (`YYYY-MM-DD`) an instant falls on in a time zone (the browser's own when `timeZone` is undefined). */
export function isoDateAt(epochMs: number, timeZone?: string): string {
  const p = wallParts(epochMs, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

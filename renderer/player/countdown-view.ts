/**
 * What a countdown slide prints ("Còn 12 ngày 5 giờ đến …"), decided apart
 * from the layout so it can be tested without a DOM.
 *
 * The time left is a duration (target minus now, both instants since the
 * epoch), not a calendar difference, so daylight-saving changes cannot shift
 * it: a day here is always 24 hours. Vietnam has no DST anyway, but a screen
 * configured for another zone counts the same way.
 */
import type { CountdownSlide } from '../../main/core/player-state';
import { cleanText } from '../../main/core/text';

const MINUTE_MS = 60_000;
const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/** One big number and its unit, e.g. `{ value: 12, unit: 'ngày' }`. */
export interface CountdownPart {
  value: number;
  unit: 'ngày' | 'giờ' | 'phút';
}

/** Every string a countdown slide shows. */
export type CountdownView =
  | { done: false; title: string; parts: CountdownPart[] }
  /** The moment has passed: `doneText` (null when the item has none; the rotation skips it then). */
  | { done: true; title: string; doneText: string | null };

/**
 * The parts of the time left from `nowMs` to `targetAtMs`. Minutes are
 * rounded up, so the last seconds read "1 phút", never "0 phút", and the
 * countdown turns done exactly at the target (a whole minute in every zone in
 * use). More than a day left: days and hours (hours left out when 0); the
 * last day: hours and minutes (each left out when 0). Empty once the target
 * is reached.
 */
export function countdownParts(targetAtMs: number, nowMs: number): CountdownPart[] {
  const leftMs = targetAtMs - nowMs;
  if (!(leftMs > 0)) return [];
  const leftMinutes = Math.ceil(leftMs / MINUTE_MS);
  const days = Math.floor(leftMinutes / MINUTES_PER_DAY);
  const hours = Math.floor((leftMinutes % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const minutes = leftMinutes % MINUTES_PER_HOUR;
  const parts: CountdownPart[] = [];
  if (days > 0) {
    parts.push({ value: days, unit: 'ngày' });
    if (hours > 0) parts.push({ value: hours, unit: 'giờ' });
    return parts;
  }
  if (hours > 0) parts.push({ value: hours, unit: 'giờ' });
  if (minutes > 0) parts.push({ value: minutes, unit: 'phút' });
  return parts;
}

/** The slide's text at `nowMs` (the page clock, refreshed each minute). */
export function countdownView(slide: CountdownSlide, nowMs: number): CountdownView {
  const title = cleanText(slide.title);
  const parts = Number.isFinite(slide.targetAtMs) ? countdownParts(slide.targetAtMs, nowMs) : [];
  if (parts.length > 0) return { done: false, title, parts };
  const doneText = slide.doneText === null ? null : cleanText(slide.doneText);
  return { done: true, title, doneText: doneText === '' ? null : doneText };
}

/** The whole sentence, for screen readers and logs: "Còn 12 ngày 5 giờ đến Đại hội …". */
export function countdownSentence(view: CountdownView): string {
  if (view.done) return view.doneText ?? view.title;
  const amount = view.parts.map((part) => `${part.value} ${part.unit}`).join(' ');
  return `Còn ${amount} đến ${view.title}`;
}

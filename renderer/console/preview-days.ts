/**
 * The schedule preview cut into the screen's days, so the console can draw
 * one row per day with the segments that fall in it.
 */
import type { PreviewSegmentResponse } from '../../main/core/api';
import { localDayAt, localDayStart } from '../../main/core/schedule/zone-offsets';

/** A segment clipped to one day; `fromFraction`/`toFraction` place it on a 0–1 bar of that day. */
export interface DayPiece extends PreviewSegmentResponse {
  fromFraction: number;
  toFraction: number;
}

/** One day of the preview. */
export interface PreviewDay {
  /** When the day starts in the screen's zone (its length varies on DST days). */
  startMs: number;
  endMs: number;
  pieces: DayPiece[];
}

/** Splits consecutive segments into the days of `timeZone` they cover, at most `maxDays` days. */
export function previewDays(segments: readonly PreviewSegmentResponse[], timeZone: string, maxDays = 8): PreviewDay[] {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return [];
  const days: PreviewDay[] = [];
  const firstDay = localDayAt(timeZone, first.startMs);
  for (let day = firstDay; days.length < maxDays; day++) {
    const startMs = localDayStart(timeZone, day);
    if (startMs >= last.endMs) break;
    const endMs = localDayStart(timeZone, day + 1);
    const length = endMs - startMs;
    const pieces: DayPiece[] = [];
    for (const segment of segments) {
      const from = Math.max(segment.startMs, startMs);
      const to = Math.min(segment.endMs, endMs);
      if (to <= from) continue;
      pieces.push({
        ...segment,
        startMs: from,
        endMs: to,
        fromFraction: (from - startMs) / length,
        toFraction: (to - startMs) / length,
      });
    }
    days.push({ startMs, endMs, pieces });
  }
  return days;
}

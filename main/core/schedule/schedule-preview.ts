/**
 * The console's "what plays over the next days": the timeline of rotations
 * cut where what plays changes, with the announcements over each stretch.
 */
import type { PlayerState } from '../player-state';
import { walkChanges } from './change-walk';
import { changeSources, chooseRotation } from './rotation-choice';
import { MS_PER_DAY } from './zone-offsets';

// A preview is for people to read; a pathological state (items flipping every minute) is cut off here.
const MAX_SEGMENTS = 2000;

/** One stretch of time during which the same rotation plays the same items. */
export interface PreviewSegment {
  startMs: number;
  endMs: number;
  /** null: the default playlist. */
  rotationId: string | null;
  /** The playlist items on screen (each once, in rotation order). */
  itemIds: string[];
  /** Announcements in force at some moment of the stretch, in list order. */
  announcementIds: string[];
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/**
 * What plays from `fromMs` for `days` × 24 h: consecutive segments, equal
 * neighbours merged, the last one cut at the end of the span. Empty for a
 * span of no days.
 */
export function schedulePreview(state: PlayerState, fromMs: number, days: number): PreviewSegment[] {
  const endMs = fromMs + Math.max(0, days) * MS_PER_DAY;
  if (!(endMs > fromMs)) return [];
  const segments: PreviewSegment[] = [];
  const sources = changeSources(state);

  const open = (startMs: number) => {
    const choice = chooseRotation(state, startMs);
    const itemIds = [...new Set(choice.slides.map((slide) => slide.itemId))];
    const last = segments[segments.length - 1];
    if (last && last.rotationId === choice.rotationId && sameItems(last.itemIds, itemIds)) return;
    if (last) last.endMs = startMs;
    segments.push({ startMs, endMs, rotationId: choice.rotationId, itemIds, announcementIds: [] });
  };

  open(fromMs);
  for (const changeMs of walkChanges(sources, fromMs, state.timezone, 'forward')) {
    if (changeMs >= endMs || segments.length >= MAX_SEGMENTS) break;
    open(changeMs);
  }
  for (const segment of segments) {
    segment.announcementIds = state.announcements
      .filter((a) => a.startsAtMs < segment.endMs && a.endsAtMs > segment.startMs)
      .map((a) => a.id);
  }
  return segments;
}

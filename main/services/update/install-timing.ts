/**
 * When an install may interrupt the screen, read from the same pure timeline the screen
 * plays (core/timeline + core/schedule), so the host knows the next slide change without
 * asking the page: a restart then costs viewers nothing but an ordinary slide change.
 * Pure like core; it lives here only because the update service is its one user.
 */
import type { PlayerState } from '../../core/player-state';
import { activeAnnouncements, visibleRotation } from '../../core/schedule';
import { instantAtWall, localDayAt, MS_PER_DAY } from '../../core/schedule/zone-offsets';
import { positionAt } from '../../core/timeline';

/** How long after a slide change an install still counts as "at the change" (a timer may fire a little late). */
export const SLIDE_CHANGE_TOLERANCE_MS = 1500;

function slideNow(state: PlayerState, nowMs: number) {
  const rotation = visibleRotation(state, nowMs);
  return { rotation, position: positionAt(rotation.slides, rotation.epochMs, nowMs) };
}

/**
 * The next moment the screen changes slide: the end of the slide on screen, or a change of
 * rotation (a schedule starting or ending) if that comes first. Null when nothing rotates
 * and nothing is scheduled (the standby card stays).
 */
export function nextSlideChangeAtMs(state: PlayerState, nowMs: number): number | null {
  const { rotation, position } = slideNow(state, nowMs);
  const times = [position?.endsAtMs, rotation.nextChangeAtMs].filter((ms): ms is number => typeof ms === 'number');
  return times.length === 0 ? null : Math.min(...times);
}

/**
 * Whether a slide has just come on screen (within `toleranceMs`). With no slide to show the
 * screen holds the standby card, which no restart can cut short.
 */
export function atSlideChange(state: PlayerState, nowMs: number, toleranceMs = SLIDE_CHANGE_TOLERANCE_MS): boolean {
  const { position } = slideNow(state, nowMs);
  if (position === null) return true;
  return nowMs - position.startedAtMs < toleranceMs;
}

/** Whether any announcement (takeover or banner) is on screen at `nowMs`, and when that can next change. */
export function announcementOnScreen(
  state: PlayerState,
  nowMs: number,
): { showing: boolean; changesAtMs: number | null } {
  const active = activeAnnouncements(state, nowMs);
  return { showing: active.takeover !== null || active.banners.length > 0, changesAtMs: active.nextChangeAtMs };
}

/** The next moment after `nowMs` the install window opens on the screen's wall clock. */
export function nextWindowOpensAtMs(window: { start: string }, timeZone: string, nowMs: number): number {
  const [hours = 0, minutes = 0] = window.start.split(':').map(Number);
  const startInDayMs = (hours * 60 + minutes) * 60_000;
  const today = localDayAt(timeZone, nowMs);
  for (let day = today; day <= today + 2; day++) {
    const opensAtMs = instantAtWall(timeZone, day * MS_PER_DAY + startInDayMs);
    if (opensAtMs > nowMs) return opensAtMs;
  }
  return nowMs + MS_PER_DAY;
}

/** Composing the PlayerState from what the host knows, and deciding when the rotation restarts. */
import type { AnnouncementState, NewsFreshness, PlayerState, ScheduledRotation, Slide } from './player-state';
import { resolveMarquee, resolveScheduled, resolveSlides, type ResolveContext } from './playlist/resolve';
import type { Playlist } from './playlist/schema';
import type { DisplayPowerSettings } from './kiosk/display-power-policy';
import type { MaintenanceSettings } from './kiosk/maintenance-policy';

/** Everything a PlayerState is made of. */
export interface StateInputs {
  playlist: Playlist;
  context: ResolveContext;
  timezone: string;
  showClock: boolean;
  version: string;
  maintenance: MaintenanceSettings;
  displayPower: DisplayPowerSettings;
  newsFreshness: NewsFreshness;
  /** The operator's announcements; those already ended at `nowMs` are left out of the state. */
  announcements: readonly AnnouncementState[];
}

/** The part of a slide that decides timing: its item, its length and when it may show. */
function slideShape(slide: Slide): unknown[] {
  // Without a schedule the shape is the one saved by earlier versions, so an upgrade keeps the rotation's position.
  return slide.schedule ? [slide.itemId, slide.durationMs, slide.schedule] : [slide.itemId, slide.durationMs];
}

/**
 * The rotation's shape: a screen only restarts from the first item when this
 * changes. Slots count, not what fills them: new articles in the same news
 * slots (a feed update) change the content in place, so the hall does not
 * jump back to bk1 every time the feed brings news. Scheduled rotations count
 * by their ids, priorities, schedules and slots; their marquees do not.
 */
export function rotationKey(slides: readonly Slide[], scheduled: readonly ScheduledRotation[] = []): string {
  const main = slides.map(slideShape);
  if (scheduled.length === 0) return JSON.stringify(main);
  return JSON.stringify({
    slides: main,
    scheduled: scheduled.map((r) => [r.id, r.priority, r.schedule, r.slides.map(slideShape)]),
  });
}

/** The rotation key of a built state. */
export function stateRotationKey(state: Pick<PlayerState, 'slides' | 'scheduled'>): string {
  return rotationKey(state.slides, state.scheduled);
}

/** Where a rotation started, kept by the host so a restart resumes it instead of going back to the first slide. */
export interface RotationAnchor {
  rotationKey: string;
  epochMs: number;
}

/**
 * The next state. The epoch (and so the position in the rotation) is kept when
 * only cosmetic things change — the marquee, a downloaded image's URL, the
 * clock setting, announcements — so a screen never jumps back to the first
 * slide for them. With no previous state (a host start), a saved `anchor` of
 * the same rotation is resumed: a power cut does not send every hall back to bk1.
 */
export function nextPlayerState(
  previous: PlayerState | null,
  inputs: StateInputs,
  nowMs: number,
  anchor: RotationAnchor | null = null,
): PlayerState {
  // The state's zone is the one countdowns are read in, whatever the context was built with.
  const context = { ...inputs.context, timezone: inputs.timezone };
  const slides = resolveSlides(inputs.playlist, context);
  const scheduled = resolveScheduled(inputs.playlist, context);
  const key = rotationKey(slides, scheduled);
  const keptEpochMs =
    previous !== null
      ? stateRotationKey(previous) === key
        ? previous.epochMs
        : null
      : anchor?.rotationKey === key && Number.isFinite(anchor.epochMs)
        ? anchor.epochMs
        : null;
  return {
    revision: (previous?.revision ?? 0) + 1,
    epochMs: keptEpochMs ?? nowMs,
    timezone: inputs.timezone,
    slides,
    marquee: resolveMarquee(inputs.playlist, context),
    scheduled,
    announcements: inputs.announcements
      .filter((a) => a.endsAtMs > nowMs)
      .sort((a, b) => a.startsAtMs - b.startsAtMs || a.endsAtMs - b.endsAtMs),
    news: inputs.newsFreshness,
    showClock: inputs.showClock,
    version: inputs.version,
    maintenance: inputs.maintenance,
    displayPower: inputs.displayPower,
  };
}

/** Composing the PlayerState from what the host knows, and deciding when the rotation restarts. */
import type { NewsFreshness, PlayerState, Slide } from './player-state';
import { resolveMarquee, resolveSlides, type ResolveContext } from './playlist/resolve';
import type { Playlist } from './playlist/schema';

/** Everything a PlayerState is made of. */
export interface StateInputs {
  playlist: Playlist;
  context: ResolveContext;
  timezone: string;
  showClock: boolean;
  version: string;
  newsFreshness: NewsFreshness;
}

/**
 * The rotation's shape: a screen only restarts from the first item when this
 * changes. Slots count, not what fills them: new articles in the same news
 * slots (a feed update) change the content in place, so the hall does not
 * jump back to bk1 every time the feed brings news.
 */
export function rotationKey(slides: readonly Slide[]): string {
  return JSON.stringify(slides.map((s) => [s.itemId, s.durationMs]));
}

/** Where a rotation started, kept by the host so a restart resumes it instead of going back to the first slide. */
export interface RotationAnchor {
  rotationKey: string;
  epochMs: number;
}

/**
 * The next state. The epoch (and so the position in the rotation) is kept when
 * only cosmetic things change — the marquee, a downloaded image's URL, the
 * clock setting — so a screen never jumps back to the first slide for them.
 * With no previous state (a host start), a saved `anchor` of the same rotation
 * is resumed: a power cut does not send every hall back to bk1.
 */
export function nextPlayerState(
  previous: PlayerState | null,
  inputs: StateInputs,
  nowMs: number,
  anchor: RotationAnchor | null = null,
): PlayerState {
  const slides = resolveSlides(inputs.playlist, inputs.context);
  const key = rotationKey(slides);
  const keptEpochMs =
    previous !== null
      ? rotationKey(previous.slides) === key
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
    marquee: resolveMarquee(inputs.playlist, inputs.context),
    news: inputs.newsFreshness,
    showClock: inputs.showClock,
    version: inputs.version,
  };
}

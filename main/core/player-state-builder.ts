/** Composing the PlayerState from what the host knows, and deciding when the rotation restarts. */
import type { PlayerState, Slide } from './player-state';
import { resolveMarquee, resolveSlides, type ResolveContext } from './playlist/resolve';
import type { Playlist } from './playlist/schema';

/** Everything a PlayerState is made of. */
export interface StateInputs {
  playlist: Playlist;
  context: ResolveContext;
  timezone: string;
  showClock: boolean;
  version: string;
}

/** The rotation's shape: a screen only restarts from the first item when this changes. */
function rotationKey(slides: readonly Slide[]): string {
  return JSON.stringify(slides.map((s) => [s.id, s.durationMs]));
}

/**
 * The next state. The epoch (and so the position in the rotation) is kept when
 * only cosmetic things change — the marquee, a downloaded image's URL, the
 * clock setting — so a screen never jumps back to the first slide for them.
 */
export function nextPlayerState(previous: PlayerState | null, inputs: StateInputs, nowMs: number): PlayerState {
  const slides = resolveSlides(inputs.playlist, inputs.context);
  const sameRotation = previous !== null && rotationKey(previous.slides) === rotationKey(slides);
  return {
    revision: (previous?.revision ?? 0) + 1,
    epochMs: sameRotation ? previous.epochMs : nowMs,
    timezone: inputs.timezone,
    slides,
    marquee: resolveMarquee(inputs.playlist, inputs.context),
    showClock: inputs.showClock,
    version: inputs.version,
  };
}

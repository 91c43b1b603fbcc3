/**
 * Which rotation plays at one instant and which of its slides, without the
 * epoch: the pure decision visibleRotation and schedulePreview share.
 */
import type { MarqueeState, PlayerState, Slide } from '../player-state';
import { scheduleHolds } from './schedule-holds';
import type { Schedule } from './schedule-schema';

/** What plays at one instant. */
export interface RotationChoice {
  /** null: the default playlist. */
  rotationId: string | null;
  slides: Slide[];
  marquee: MarqueeState;
  /** Equal exactly when the same rotation plays the same slots (id and duration), in the same order. */
  key: string;
}

/** True when a slide shows at `nowMs`: its own schedule holds and it is no finished countdown without a done text. */
export function slideShows(slide: Slide, nowMs: number, timeZone: string): boolean {
  if (slide.kind === 'countdown' && slide.doneText === null && nowMs >= slide.targetAtMs) return false;
  return slide.schedule === undefined || scheduleHolds(slide.schedule, nowMs, timeZone);
}

function rotationKey(rotationId: string | null, slides: readonly Slide[]): string {
  // The timeline's shape is its slots, not their content: a feed refilling a news slot keeps the position.
  return JSON.stringify([rotationId, slides.map((slide) => [slide.id, slide.durationMs])]);
}

/**
 * The rotation on screen at `nowMs`: the highest-priority scheduled playlist
 * whose schedule holds (ties: the first listed), else the default playlist.
 */
export function chooseRotation(state: PlayerState, nowMs: number): RotationChoice {
  const timeZone = state.timezone;
  let winner: PlayerState['scheduled'][number] | null = null;
  for (const rotation of state.scheduled) {
    if (winner !== null && rotation.priority <= winner.priority) continue;
    if (scheduleHolds(rotation.schedule, nowMs, timeZone)) winner = rotation;
  }
  if (winner !== null) {
    const slides = winner.slides.filter((slide) => slideShows(slide, nowMs, timeZone));
    // A scheduled playlist with nothing to show at this moment (all its items scheduled away, or countdowns
    // over) must not blank the screen: the default playlist plays instead, as if the schedule did not hold.
    if (slides.length > 0) {
      return {
        rotationId: winner.id,
        slides,
        marquee: winner.marquee ?? state.marquee,
        key: rotationKey(winner.id, slides),
      };
    }
  }
  const slides = state.slides.filter((slide) => slideShows(slide, nowMs, timeZone));
  return { rotationId: null, slides, marquee: state.marquee, key: rotationKey(null, slides) };
}

/** Everything whose flip can change the choice: the schedules in the state and the instants countdowns vanish. */
export interface ChangeSources {
  schedules: Schedule[];
  instantsMs: number[];
}

/** The schedules and instants at which chooseRotation's answer can change. */
export function changeSources(state: PlayerState): ChangeSources {
  const schedules: Schedule[] = [];
  const instantsMs: number[] = [];
  const addSlides = (slides: readonly Slide[]) => {
    for (const slide of slides) {
      if (slide.schedule) schedules.push(slide.schedule);
      if (slide.kind === 'countdown' && slide.doneText === null) instantsMs.push(slide.targetAtMs);
    }
  };
  addSlides(state.slides);
  for (const rotation of state.scheduled) {
    schedules.push(rotation.schedule);
    addSlides(rotation.slides);
  }
  instantsMs.sort((a, b) => a - b);
  return { schedules, instantsMs };
}

/**
 * What the screen resolves by its own clock: which rotation plays and which
 * announcements show. The decisions are core's (pure, core/schedule); this
 * file only says when two answers are the same for the screen.
 */
import { type ActiveAnnouncements, type VisibleRotation } from '../../main/core/schedule';

export { activeAnnouncements, visibleRotation } from '../../main/core/schedule';

/**
 * Same rotation, same slots, same start: keep the slide list (and so the
 * timeline and the slide on screen) as it is.
 */
export function sameRotation(a: VisibleRotation, b: VisibleRotation): boolean {
  return a.key === b.key && a.epochMs === b.epochMs;
}

/** Same announcements on screen (ids, in order). */
export function sameAnnouncements(a: ActiveAnnouncements, b: ActiveAnnouncements): boolean {
  const ids = (x: ActiveAnnouncements) =>
    [x.takeover?.id ?? '', ...x.banners.map((banner) => banner.id)].join('\u0000');
  return ids(a) === ids(b);
}

/**
 * Whether the page reloads itself at a slide change: because the host asked
 * (reload-at-boundary, its gentlest recovery) or for the daily maintenance.
 * A slide change is the one moment a reload looks like an ordinary change,
 * so it is asked there and nowhere else, and never while an announcement is
 * on screen (a reload would blink it away and back).
 */
import type { PageReloadReason } from '../../../main/core/bridge';
import {
  announcementInForce,
  isMaintenanceDue,
  type AnnouncementSpan,
  type MaintenanceSettings,
} from '../../../main/core/kiosk/maintenance-policy';

/** What the page knows at a slide change. */
export interface SlideChangeContext {
  /** The reason of the host's pending reload-at-boundary request; null: none. */
  hostRequest: string | null;
  maintenance: MaintenanceSettings;
  timeZone: string;
  nowMs: number;
  /** When this page loaded (PageSession.loadedAtMs). */
  lastLoadedAtMs: number;
  announcements: readonly AnnouncementSpan[];
}

/** A reload to do now, and the reason for the host's log. */
export interface BoundaryReload {
  reason: PageReloadReason;
  detail: string;
}

/** The reload to do at this slide change, or null to show the next slide. */
export function reloadAtSlideChange(context: SlideChangeContext): BoundaryReload | null {
  if (announcementInForce(context.announcements, context.nowMs)) return null;
  if (context.hostRequest !== null) return { reason: 'host-request', detail: context.hostRequest };
  const { maintenance, timeZone, nowMs, lastLoadedAtMs } = context;
  if (isMaintenanceDue(maintenance, { timeZone, nowMs, lastLoadedAtMs }, context.announcements)) {
    return { reason: 'maintenance', detail: `the daily refresh after ${maintenance.reloadAt ?? '?'}` };
  }
  return null;
}

/** What a slide reaching the screen is to the page. */
export type ShowingChange = 'same' | 'first' | 'next';

/** The part of a shown slide that makes one showing (the same slide in the next loop is another showing). */
export interface Showing {
  slide: { id: string };
  startedAtMs: number;
}

/**
 * Tells a new showing from a re-render of the same one: `first` for the first
 * slide after the page loaded or the display woke (not a slide change: the
 * screen came from black or the standby card), `next` at a slide change,
 * `same` otherwise (a new state, a picture that failed or came back).
 */
export class ShowingTracker {
  private lastKey: string | null = null;

  /** Classifies `showing` and remembers it. */
  observe(showing: Showing): ShowingChange {
    const key = `${showing.slide.id}\u0000${showing.startedAtMs}`;
    if (key === this.lastKey) return 'same';
    const change = this.lastKey === null ? 'first' : 'next';
    this.lastKey = key;
    return change;
  }

  /** Nothing is on screen any more (the display went dark): the next showing is a first one. */
  forget(): void {
    this.lastKey = null;
  }
}

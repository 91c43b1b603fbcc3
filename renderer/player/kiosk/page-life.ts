/**
 * The facts about this page load that its kiosk hooks share outside React
 * state (as LastGoodImage is shared): nothing here should re-render anything,
 * and the heartbeat and the watchdog outlive any one render of the screen.
 */
import type { PageSession } from './page-session';
import { WorstLag } from './tick-clock';

/** One per page load, created before React starts. */
export class PageLife {
  private slideId: string | null = null;
  private reloadRequest: string | null = null;
  /** The worst event-loop lag since the last heartbeat. */
  readonly worstLag = new WorstLag();

  constructor(readonly session: PageSession) {}

  /** The id of the slide on screen now; null while none is (before the first, or the display is dark). */
  get slideOnScreen(): string | null {
    return this.slideId;
  }

  /** Notes the slide now on screen (null: none). */
  showing(slideId: string | null): void {
    this.slideId = slideId;
  }

  /** The reason of the host's reload-at-boundary request, until the page obeys it; null: none. */
  get hostReloadRequest(): string | null {
    return this.reloadRequest;
  }

  /** Notes the host's request to reload at the next slide change. */
  requestReload(reason: string): void {
    this.reloadRequest = reason;
  }
}

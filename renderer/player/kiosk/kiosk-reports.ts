/** The reports an unattended page sends about itself, built to fit the host's bounds (core/screen-report.ts). */
import type { PageReloadReason, ScreenReport } from '../../../main/core/bridge';
import type { Slide } from '../../../main/core/player-state';
import { SCREEN_REPORT_LIMITS as LIMITS } from '../../../main/core/screen-report';
import { clip } from '../reports';

/** "Still alive": the slide on screen (null: none, e.g. the display is dark) and the worst lag since the last one. */
export function heartbeatReport(pageId: string, slideId: string | null, lagMs: number): ScreenReport {
  return {
    type: 'heartbeat',
    pageId: clip(pageId, LIMITS.pageId),
    slideId: slideId === null ? null : clip(slideId, LIMITS.slideId),
    // The host accepts only a finite, non-negative number.
    lagMs: Number.isFinite(lagMs) && lagMs > 0 ? Math.round(lagMs) : 0,
  };
}

/** `slide` went on screen at `atMs` (proof of play). */
export function slideShownReport(pageId: string, slide: Slide, atMs: number): ScreenReport {
  return {
    type: 'slide-shown',
    pageId: clip(pageId, LIMITS.pageId),
    itemId: clip(slide.itemId, LIMITS.itemId),
    slideId: clip(slide.id, LIMITS.slideId),
    kind: slide.kind,
    atMs,
  };
}

/** The page is about to reload itself, and why. */
export function reloadingReport(pageId: string, reason: PageReloadReason, detail: string): ScreenReport {
  return {
    type: 'reloading',
    pageId: clip(pageId, LIMITS.pageId),
    reason,
    detail: clip(detail || reason, LIMITS.reason),
  };
}

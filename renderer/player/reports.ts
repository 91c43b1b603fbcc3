/** Screen reports built to fit what the host accepts (main/core/screen-report.ts bounds). */
import type { ScreenReport } from '../../main/core/bridge';
import { SCREEN_REPORT_LIMITS as LIMITS } from '../../main/core/screen-report';

/** `text` cut to `max` characters (an ellipsis marks the cut), so the host's bounds never reject a report. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** An image that would not load or decode. */
export function imageFailedReport(itemId: string, src: string, reason: string): ScreenReport {
  return {
    type: 'image-failed',
    itemId: clip(itemId, LIMITS.itemId),
    src: clip(src, LIMITS.src),
    reason: clip(reason || 'unknown', LIMITS.reason),
  };
}

/** A video that would not load or play in time; its own type, so the host's log names it a video. */
export function videoFailedReport(itemId: string, src: string, reason: string): ScreenReport {
  return {
    type: 'media-failed',
    kind: 'video',
    itemId: clip(itemId, LIMITS.itemId),
    src: clip(src, LIMITS.src),
    reason: clip(reason || 'unknown', LIMITS.reason),
  };
}

/** A render that threw; the message is what a person needs to find it. */
export function renderErrorReport(error: unknown): ScreenReport {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { type: 'render-error', message: clip(message, LIMITS.message) };
}

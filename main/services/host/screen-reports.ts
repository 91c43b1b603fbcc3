/**
 * What screens report (a broken image or video, a render error), turned into log lines.
 * Screens repeat themselves after every reload, so each distinct report is
 * logged once; the memory of what was logged is bounded, and screen-supplied
 * text is cleaned so it cannot forge extra log lines.
 */
import type { ScreenReport } from '../../core/bridge';
import { cleanText } from '../../core/text';
import type { Logger } from '../logger';

/** How many distinct reports are remembered; older ones may be logged again. */
const REMEMBERED_REPORTS = 200;

/**
 * Library URLs carry a `?v=` version so a replaced file is fetched again; the
 * operator looks for the file's path, and one file should be one log line.
 */
function withoutQuery(src: string): string {
  const at = src.search(/[?#]/);
  return at === -1 ? src : src.slice(0, at);
}

/** The log line of a report (unclean screen text still in it), or null for one not worth a line. */
function lineOf(report: ScreenReport, screen: string): string | null {
  switch (report.type) {
    // Heartbeats, slide changes and self-reloads are the screen monitor's (screen-monitor.ts), not log lines here.
    case 'ready':
    case 'heartbeat':
    case 'slide-shown':
    case 'reloading':
      return null;
    case 'render-error':
      return `screen ${screen}: display error: ${report.message}`;
    case 'image-failed':
    case 'media-failed': {
      // An operator searching the log for a broken video should not have to read "image".
      const what = report.type === 'image-failed' ? 'image' : report.kind;
      return `screen ${screen}: ${what} ${withoutQuery(report.src)} of item "${report.itemId}" failed (${report.reason}); it shows the fallback card`;
    }
  }
}

/** A function that logs one report from `screen`, once. */
export function createScreenReportLog(log: Logger): (report: ScreenReport, screen: string) => void {
  const seen = new Set<string>();
  return (report, screen) => {
    const raw = lineOf(report, screen);
    if (raw === null) return;
    const line = cleanText(raw);
    if (seen.has(line)) return;
    seen.add(line);
    if (seen.size > REMEMBERED_REPORTS) seen.delete(seen.values().next().value as string);
    log.warn(`screen-${report.type}`, line);
  };
}

/**
 * What screens report (a broken image, a render error), turned into log lines.
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

/** A function that logs one report from `screen`, once. */
export function createScreenReportLog(log: Logger): (report: ScreenReport, screen: string) => void {
  const seen = new Set<string>();
  return (report, screen) => {
    if (report.type === 'ready') return;
    const line = cleanText(
      report.type === 'image-failed'
        ? `screen ${screen}: image ${withoutQuery(report.src)} of item "${report.itemId}" failed (${report.reason}); it shows the fallback card`
        : `screen ${screen}: display error: ${report.message}`,
    );
    if (seen.has(line)) return;
    seen.add(line);
    if (seen.size > REMEMBERED_REPORTS) seen.delete(seen.values().next().value as string);
    log.warn(`screen-${report.type}`, line);
  };
}

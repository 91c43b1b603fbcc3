/** Sending a screen report to the browser host over HTTP. */
import { REPORT_PATH, type ScreenReport } from '../../main/core/bridge';

/**
 * POSTs `report` as JSON and forgets about it. `keepalive` lets a report made
 * just before a reload still leave; a host that is down costs nothing but the
 * report, which is only ever worth a log line.
 */
export function sendHttpReport(report: ScreenReport): void {
  try {
    fetch(REPORT_PATH, {
      method: 'POST',
      keepalive: true,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(report),
    }).catch(() => undefined);
  } catch {
    // fetch itself can throw (e.g. a keepalive body over quota); still nothing to do.
  }
}

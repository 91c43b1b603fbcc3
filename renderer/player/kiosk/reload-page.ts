/** The one way the page reloads itself: tell the host why, then reload. */
import type { PageReloadReason, PlayerBridge } from '../../../main/core/bridge';
import { reloadingReport } from './kiosk-reports';
import type { PageLife } from './page-life';

let reloading = false;

/**
 * Reports `reloading` and reloads the page, once: a second cause arriving
 * while the page unloads is not another reload. The report leaves as a
 * keepalive request (or over IPC), so the host hears it after the reload.
 */
export function reloadPage(bridge: PlayerBridge, life: PageLife, reason: PageReloadReason, detail: string): void {
  if (reloading) return;
  reloading = true;
  bridge.report(reloadingReport(life.session.pageId, reason, detail));
  location.reload();
}

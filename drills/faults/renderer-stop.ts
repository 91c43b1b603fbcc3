/**
 * The page's renderer process frozen (SIGSTOP) long enough for the host's
 * screen monitor to call it silent, then thawed (SIGCONT): the page must
 * resume showing new slides, and the host must have logged the silence and
 * the return. The renderer's pid comes from Chromium itself (CDP
 * SystemInfo.getProcessInfo), as the benchmark finds it.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Drill, DrillContext, DrillFigure, DrillResult } from '../drill';
import { DEFAULT_PAGE_WATCHDOG_CONFIG } from '../../main/core/kiosk/page-watchdog';
import { writeGoodPlaylist } from './support/good-content';
import { countLoggedKinds, healthz, sleep, startDrillHost } from './support/host';
import { openScreen } from './support/screen';

async function rendererPids(screen: Awaited<ReturnType<typeof openScreen>>): Promise<number[]> {
  const cdp = await screen.browser.newBrowserCDPSession();
  try {
    const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ type: string; id: number }> };
    return info.processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  } finally {
    await cdp.detach();
  }
}

async function rendererStopDrill(context: DrillContext): Promise<DrillResult> {
  const figures: DrillFigure[] = [];
  const failures: string[] = [];
  const dataDir = join(await context.tempDir(), 'data');
  await mkdir(dataDir, { recursive: true });
  await writeGoodPlaylist(dataDir);
  const host = await startDrillHost(dataDir);
  const screen = await openScreen(host.url);
  try {
    await sleep(3000); // a few heartbeats first, so the host knows the page
    const pids = await rendererPids(screen);
    if (pids.length === 0) return { figures, failures: ['Chromium reported no renderer process'] };
    const { reportIntervalMs, silentAfterReports } = DEFAULT_PAGE_WATCHDOG_CONFIG;
    // Silent after this many missed reports, noticed at the host's next check (every report interval).
    const stopMs = reportIntervalMs * (silentAfterReports + 2) + 2000;
    context.log(`SIGSTOP renderer(s) ${pids.join(', ')} for ${Math.round(stopMs / 1000)} s`);
    for (const pid of pids) process.kill(pid, 'SIGSTOP');
    let silentSeen = false;
    try {
      await sleep(stopMs);
      silentSeen = /the page has not reported/.test(host.stderr());
      const health = await healthz(host);
      figures.push({
        name: 'pages /healthz counts silent while frozen',
        value: health?.screens.silent ?? 0,
        unit: 'pages',
        limit: { min: 1 },
      });
    } finally {
      for (const pid of pids) process.kill(pid, 'SIGCONT');
    }
    figures.push({
      name: 'host logged the frozen page as silent',
      value: silentSeen ? 1 : 0,
      unit: '',
      limit: { min: 1 },
    });
    const resumedS = await screen.secondsUntilNewSlide(30_000);
    figures.push({
      name: 'seconds until a new slide after SIGCONT',
      value: resumedS ?? 999,
      unit: 's',
      limit: { max: 20 },
    });
    await sleep(reportIntervalMs + 2000);
    const back = /the page is reporting again/.test(host.stderr()) || !/has not reported/.test(host.stderr());
    figures.push({ name: 'host logged the page reporting again', value: back ? 1 : 0, unit: '', limit: { min: 1 } });
    return { figures, failures, loggedByKind: countLoggedKinds(host.stderr()) };
  } finally {
    await screen.close().catch(() => undefined);
    await host.dispose();
  }
}

export const RENDERER_DRILLS: Drill[] = [
  {
    id: 'renderer-stopped',
    title: "the page's renderer process frozen with SIGSTOP, then thawed",
    run: rendererStopDrill,
  },
];

/**
 * Scenario 3: the marquee and news while the host gets a 500-item feed, the
 * playlist changes every 2 s and the page runs a 150 ms task every 500 ms.
 */
import { openBrowser, sizeLabel, type ScreenSize } from '../support/browser';
import { loadPlaylist, rssDocument } from '../support/content';
import { screencastFps, traceWindow, windowFigures, type WindowFigures } from '../support/measure';
import { PLAYERS, openPlayer, setUpStand } from '../support/stand';
import { SCENARIO } from '../support/targets';
import { frameRows, type PerPlayer, type ScenarioContext, type ScenarioResult } from './context';

const FEED_ITEMS = 500;
const PLAYLIST_EVERY_MS = 2000;
const BUSY_TASK_MS = 150;
const BUSY_EVERY_MS = 500;

export async function underLoad(context: ScenarioContext, size: ScreenSize): Promise<ScenarioResult> {
  const seconds = context.quick ? 5 : 12;
  const feed = rssDocument(FEED_ITEMS);
  const measured: Partial<PerPlayer<WindowFigures>> = {};
  for (const player of PLAYERS) {
    const stand = await setUpStand(player, { playlist: loadPlaylist(0), mediaDir: context.mediaDir, feed });
    const bench = await openBrowser(size);
    let variant = 0;
    const edits = setInterval(() => {
      variant += 1;
      stand
        .writePlaylist(loadPlaylist(variant))
        .catch((error: unknown) => context.log(`playlist write: ${String(error)}`));
    }, PLAYLIST_EVERY_MS);
    try {
      await openPlayer(bench.page, stand);
      await bench.page.evaluate(
        ({ taskMs, everyMs }) => {
          setInterval(() => {
            const end = performance.now() + taskMs;
            while (performance.now() < end) {
              // a synthetic long task: what a heavy widget, a GC or a big parse does to the main thread
            }
          }, everyMs);
        },
        { taskMs: BUSY_TASK_MS, everyMs: BUSY_EVERY_MS },
      );
      await bench.page.waitForTimeout(1000);
      measured[player] = windowFigures(await traceWindow(bench.browser, bench.page, seconds * 1000));
      measured[player].screencastFps = await screencastFps(bench.page, 2000);
      context.log(
        `under load ${sizeLabel(size)} ${player}: p99 ${measured[player].frames.intervalsMs.p99.toFixed(1)} ms` +
          ` (frames: ${measured[player].frames.source ?? '?'}; screencast ${measured[player].screencastFps?.toFixed(1)}/s)`,
      );
    } finally {
      clearInterval(edits);
      await bench.close();
      await stand.close();
    }
  }
  const both = measured as PerPlayer<WindowFigures>;
  return {
    figures: frameRows(SCENARIO.load, sizeLabel(size), both),
    details: { seconds, feedItems: FEED_ITEMS, playlistEveryMs: PLAYLIST_EVERY_MS, busyTaskMs: BUSY_TASK_MS, ...both },
  };
}

/** Scenario 5: from process start to the first slide painted. */
import { openBrowser } from '../support/browser';
import { idlePlaylist } from '../support/content';
import type { Figure } from '../support/figures';
import { PLAYERS, setUpStand, waitForSlide } from '../support/stand';
import { METRIC, SCENARIO } from '../support/targets';
import { finite, type PerPlayer, type ScenarioContext, type ScenarioResult } from './context';

interface Measured {
  /** Host spawned → ready line (the baseline's server starts in-process: ~0). */
  readyMs: number;
  /** Ready line → first contentful paint. */
  fcpMs: number;
  /** Ready line → an active slide with its picture loaded, two frames later (it has been painted). */
  firstSlideMs: number;
}

export async function start(context: ScenarioContext): Promise<ScenarioResult> {
  const measured: Partial<PerPlayer<Measured>> = {};
  for (const player of PLAYERS) {
    // The browser is up before the host starts: the kiosk's Chromium is started once, the host may restart.
    const bench = await openBrowser({ width: 1920, height: 1080 });
    const stand = await setUpStand(player, { playlist: idlePlaylist(), mediaDir: context.mediaDir });
    try {
      await bench.page.goto(stand.url);
      await waitForSlide(bench.page);
      const paintedAtMs = await bench.page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now())),
            ),
          ),
      );
      const fcpAtMs = await bench.page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return fcp ? performance.timeOrigin + fcp.startTime : Number.NaN;
      });
      measured[player] = {
        readyMs: stand.readyAtMs - stand.spawnedAtMs,
        fcpMs: fcpAtMs - stand.readyAtMs,
        firstSlideMs: paintedAtMs - stand.readyAtMs,
      };
      context.log(`start ${player}: first slide ${measured[player].firstSlideMs.toFixed(0)} ms after ready`);
    } finally {
      await bench.close();
      await stand.close();
    }
  }
  const both = measured as PerPlayer<Measured>;
  const row = (metric: string, read: (m: Measured) => number): Figure => ({
    scenario: SCENARIO.start,
    size: '1920×1080',
    metric,
    unit: 'ms',
    better: 'lower',
    pano: finite(read(both.pano)),
    baseline: finite(read(both.baseline)),
  });
  return {
    figures: [
      row('process start → ready line', (m) => m.readyMs),
      row('ready → first contentful paint', (m) => m.fcpMs),
      row(METRIC.firstSlide, (m) => m.firstSlideMs),
    ],
    details: both,
  };
}

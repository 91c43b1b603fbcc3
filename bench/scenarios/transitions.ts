/**
 * Scenario 2: large photos (4000×3000 JPEGs, a ~5 MB PNG) one after another;
 * frames measured only inside transition windows (percentiles over all of
 * their frame intervals together), the worst transition's p99, and each
 * transition's longest gap.
 */
import { openBrowser, sizeLabel, type ScreenSize } from '../support/browser';
import { photoPlaylist } from '../support/content';
import type { Figure } from '../support/figures';
import { traceWindow } from '../support/measure';
import { addSlideProbe } from '../support/page-probe';
import { PLAYERS, openPlayer, setUpStand } from '../support/stand';
import { METRIC, SCENARIO } from '../support/targets';
import {
  pooledIntervalsMs,
  slideStartTimes,
  summariseTransitions,
  transitionWindows,
  type TransitionSummary,
} from '../support/transition-windows';
import { frameStats, mainThreadBusy, presentedFrameTimes } from '../trace/index';
import { finite, type PerPlayer, type ScenarioContext, type ScenarioResult } from './context';

/** Pano's crossfade (ENTER_S.crossfade) and the baseline's fade both take 1 s. */
const TRANSITION_MS = 1000;
const WINDOW = { leadMs: 100, transitionMs: TRANSITION_MS, tailMs: 250 };

interface Measured extends TransitionSummary {
  busyMsPerS: number;
}

export async function transitions(context: ScenarioContext, size: ScreenSize): Promise<ScenarioResult> {
  const durationS = context.quick ? 2 : 3;
  const slidesToWatch = context.quick ? 3 : 9;
  const measured: Partial<PerPlayer<Measured>> = {};
  for (const player of PLAYERS) {
    const stand = await setUpStand(player, { playlist: photoPlaylist(durationS), mediaDir: context.mediaDir });
    const bench = await openBrowser(size);
    try {
      await addSlideProbe(bench.page);
      await openPlayer(bench.page, stand);
      const traced = await traceWindow(bench.browser, bench.page, slidesToWatch * durationS * 1000 + 500);
      const windows = transitionWindows(slideStartTimes(traced.events, traced.pid), traced.window, WINDOW);
      const frames = presentedFrameTimes(traced.events, { pid: traced.pid });
      const summary = summariseTransitions(
        windows,
        pooledIntervalsMs(frames, windows),
        windows.map((w) => frameStats(frames, w)),
      );
      const busy = windows.map((w) => mainThreadBusy(traced.events, w, { pid: traced.pid }).busyMsPerS);
      measured[player] = { ...summary, busyMsPerS: busy.reduce((a, b) => a + b, 0) / Math.max(1, busy.length) };
      context.log(
        `transitions ${sizeLabel(size)} ${player}: ${summary.transitions} transitions, longest gap ${summary.longestGapMs.toFixed(0)} ms`,
      );
    } finally {
      await bench.close();
      await stand.close();
    }
  }
  const both = measured as PerPlayer<Measured>;
  const row = (metric: string, unit: string, better: Figure['better'], read: (m: Measured) => number): Figure => ({
    scenario: SCENARIO.transitions,
    size: sizeLabel(size),
    metric,
    unit,
    better,
    pano: finite(read(both.pano)),
    baseline: finite(read(both.baseline)),
  });
  return {
    figures: [
      row('transitions measured', 'count', 'higher', (m) => m.transitions),
      row(METRIC.fps, 'frames/s', 'higher', (m) => m.fps),
      row(METRIC.p50, 'ms', 'lower', (m) => m.intervalsMs.p50),
      row(METRIC.p95, 'ms', 'lower', (m) => m.intervalsMs.p95),
      row(METRIC.p99, 'ms', 'lower', (m) => m.intervalsMs.p99),
      row(METRIC.max, 'ms', 'lower', (m) => m.intervalsMs.max),
      row(METRIC.worstWindowP99, 'ms', 'lower', (m) => m.worstWindowP99Ms),
      row(METRIC.dropped, 'frames', 'lower', (m) => m.dropped),
      row(METRIC.longestGap, 'ms', 'lower', (m) => m.longestGapMs),
      row(METRIC.busy, 'ms/s', 'lower', (m) => m.busyMsPerS),
    ],
    details: { slideDurationS: durationS, window: WINDOW, ...both },
  };
}

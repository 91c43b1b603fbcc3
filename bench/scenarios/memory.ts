/**
 * Scenario 4: JS heap, DOM nodes and renderer memory before and after
 * thousands of slide changes, driven by Playwright's fake clock.
 */
import type { Page } from '@playwright/test';
import { openBrowser, rendererRssMb, type BenchBrowser } from '../support/browser';
import { rotationPlaylist } from '../support/content';
import type { Figure } from '../support/figures';
import { PLAYERS, openPlayer, setUpStand } from '../support/stand';
import { METRIC, SCENARIO } from '../support/targets';
import { finite, type PerPlayer, type ScenarioContext, type ScenarioResult } from './context';

const SLIDE_S = 2;

interface Snapshot {
  heapMb: number;
  nodes: number;
  rssMb: number | null;
}

async function snapshot(bench: BenchBrowser): Promise<Snapshot> {
  const cdp = await bench.context.newCDPSession(bench.page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const counters = (await cdp.send('Memory.getDOMCounters')) as { nodes: number };
    return { heapMb: heap.usedSize / 2 ** 20, nodes: counters.nodes, rssMb: await rendererRssMb(bench.browser) };
  } finally {
    await cdp.detach();
  }
}

async function changeSlides(page: Page, changes: number): Promise<void> {
  for (let i = 0; i < changes; i += 1) await page.clock.runFor(SLIDE_S * 1000);
}

interface Measured {
  before: Snapshot;
  after: Snapshot;
  seconds: number;
}

export async function memory(context: ScenarioContext): Promise<ScenarioResult> {
  const changes = context.quick ? 500 : 5000;
  const measured: Partial<PerPlayer<Measured>> = {};
  for (const player of PLAYERS) {
    const stand = await setUpStand(player, { playlist: rotationPlaylist(SLIDE_S), mediaDir: context.mediaDir });
    const bench = await openBrowser({ width: 1920, height: 1080 });
    try {
      await bench.page.clock.install();
      await openPlayer(bench.page, stand);
      await changeSlides(bench.page, 20); // warm up: every picture decoded once, caches filled
      const before = await snapshot(bench);
      const started = Date.now();
      await changeSlides(bench.page, changes);
      const seconds = (Date.now() - started) / 1000;
      const after = await snapshot(bench);
      measured[player] = { before, after, seconds };
      context.log(
        `memory ${player}: heap ${before.heapMb.toFixed(1)} → ${after.heapMb.toFixed(1)} MB in ${seconds.toFixed(0)} s`,
      );
    } finally {
      await bench.close();
      await stand.close();
    }
  }
  const both = measured as PerPlayer<Measured>;
  const row = (metric: string, unit: string, read: (m: Measured) => number | null): Figure => ({
    scenario: SCENARIO.memory,
    size: '1920×1080',
    metric,
    unit,
    better: 'lower',
    pano: nullableFinite(read(both.pano)),
    baseline: nullableFinite(read(both.baseline)),
  });
  const growth = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  const pct = (a: number | null, b: number | null) =>
    a === null || b === null || a === 0 ? null : ((b - a) / a) * 100;
  return {
    figures: [
      row('JS heap after', 'MB', (m) => m.after.heapMb),
      row(METRIC.heapGrowthMb, 'MB', (m) => growth(m.before.heapMb, m.after.heapMb)),
      row(METRIC.heapGrowthPct, '%', (m) => pct(m.before.heapMb, m.after.heapMb)),
      row('DOM nodes after', 'nodes', (m) => m.after.nodes),
      row(METRIC.nodesGrowthPct, '%', (m) => pct(m.before.nodes, m.after.nodes)),
      row('renderer RSS after', 'MB', (m) => m.after.rssMb),
      row('renderer RSS growth', 'MB', (m) => growth(m.before.rssMb, m.after.rssMb)),
    ],
    details: { slideChanges: changes, slideS: SLIDE_S, ...both },
  };
}

const nullableFinite = (value: number | null) => (value === null ? null : finite(value));

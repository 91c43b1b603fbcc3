/**
 * Scenario 4: JS heap, DOM nodes and renderer memory before and after
 * thousands of slide changes, driven by Playwright's fake clock.
 *
 * "Before" is taken once the heap has settled: V8 keeps compiling more of a
 * page for thousands of slide changes (rarely-run paths reach the optimiser
 * late), so a heap read after a short warm-up counts that compiled code as
 * growth. The warm-up runs until one step of changes moves the heap by less
 * than SETTLED_PCT (at most MAX_WARM_UP changes), and the count is reported.
 * A heap snapshot before and after splits the growth into JavaScript objects
 * (what a leak would be), compiled code and native objects.
 */
import type { CDPSession, Page } from '@playwright/test';
import { openBrowser, rendererRssMb, type BenchBrowser } from '../support/browser';
import { takeHeapSnapshot } from '../../tests/support/heap-snapshot';
import { summariseHeapSnapshot } from '../support/heap-snapshot';
import { rotationPlaylist } from '../support/content';
import type { Figure } from '../support/figures';
import { PLAYERS, openPlayer, setUpStand } from '../support/stand';
import { METRIC, SCENARIO } from '../support/targets';
import { finite, type PerPlayer, type ScenarioContext, type ScenarioResult } from './context';

const SLIDE_S = 2;
const WARM_UP_STEP = 500;
const MAX_WARM_UP = 4000;
const SETTLED_PCT = 0.5;
const MB = 2 ** 20;

interface Snapshot {
  heapMb: number;
  nodes: number;
  rssMb: number | null;
  /** From a heap snapshot, MB. */
  parts: { javascriptMb: number; codeMb: number; nativeMb: number };
}

async function heapUsedMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize / MB;
}

async function heapParts(cdp: CDPSession): Promise<Snapshot['parts']> {
  const summary = summariseHeapSnapshot(await takeHeapSnapshot(cdp));
  return { javascriptMb: summary.javascript / MB, codeMb: summary.code / MB, nativeMb: summary.native / MB };
}

async function snapshot(bench: BenchBrowser, cdp: CDPSession): Promise<Snapshot> {
  const parts = await heapParts(cdp);
  const heapMb = await heapUsedMb(cdp);
  const counters = (await cdp.send('Memory.getDOMCounters')) as { nodes: number };
  return { heapMb, nodes: counters.nodes, rssMb: await rendererRssMb(bench.browser), parts };
}

/** Changes slides until a step moves the heap by under SETTLED_PCT; returns how many changes that took. */
async function warmUp(page: Page, cdp: CDPSession, quick: boolean): Promise<number> {
  await changeSlides(page, 20); // every picture decoded once, caches filled
  if (quick) return 20;
  let changes = 20;
  let heap = await heapUsedMb(cdp);
  while (changes < MAX_WARM_UP) {
    await changeSlides(page, WARM_UP_STEP);
    changes += WARM_UP_STEP;
    const next = await heapUsedMb(cdp);
    const settled = Math.abs(next - heap) / heap < SETTLED_PCT / 100;
    heap = next;
    if (settled) break;
  }
  return changes;
}

async function changeSlides(page: Page, changes: number): Promise<void> {
  for (let i = 0; i < changes; i += 1) await page.clock.runFor(SLIDE_S * 1000);
}

interface Measured {
  warmUpChanges: number;
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
      const cdp = await bench.context.newCDPSession(bench.page);
      const warmUpChanges = await warmUp(bench.page, cdp, context.quick);
      const before = await snapshot(bench, cdp);
      const started = Date.now();
      await changeSlides(bench.page, changes);
      const seconds = (Date.now() - started) / 1000;
      const after = await snapshot(bench, cdp);
      await cdp.detach();
      measured[player] = { warmUpChanges, before, after, seconds };
      context.log(
        `memory ${player}: settled after ${warmUpChanges} changes; heap ${before.heapMb.toFixed(2)} → ` +
          `${after.heapMb.toFixed(2)} MB (objects ${before.parts.javascriptMb.toFixed(2)} → ` +
          `${after.parts.javascriptMb.toFixed(2)}, code ${before.parts.codeMb.toFixed(2)} → ` +
          `${after.parts.codeMb.toFixed(2)}) in ${seconds.toFixed(0)} s`,
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
      row('warm-up until the heap settled', 'changes', (m) => m.warmUpChanges),
      row('JS heap after', 'MB', (m) => m.after.heapMb),
      row(METRIC.heapGrowthMb, 'MB', (m) => growth(m.before.heapMb, m.after.heapMb)),
      row(METRIC.heapGrowthPct, '%', (m) => pct(m.before.heapMb, m.after.heapMb)),
      row(METRIC.objectsGrowthMb, 'MB', (m) => growth(m.before.parts.javascriptMb, m.after.parts.javascriptMb)),
      row(METRIC.objectsGrowthPct, '%', (m) => pct(m.before.parts.javascriptMb, m.after.parts.javascriptMb)),
      row('compiled code growth', 'MB', (m) => growth(m.before.parts.codeMb, m.after.parts.codeMb)),
      row('native objects growth (DOM, inspector)', 'MB', (m) =>
        growth(m.before.parts.nativeMb, m.after.parts.nativeMb),
      ),
      row('DOM nodes after', 'nodes', (m) => m.after.nodes),
      row(METRIC.nodesGrowthPct, '%', (m) => pct(m.before.nodes, m.after.nodes)),
      row('renderer RSS after', 'MB', (m) => m.after.rssMb),
      row('renderer RSS growth', 'MB', (m) => growth(m.before.rssMb, m.after.rssMb)),
    ],
    details: { slideChanges: changes, slideS: SLIDE_S, ...both },
  };
}

const nullableFinite = (value: number | null) => (value === null ? null : finite(value));

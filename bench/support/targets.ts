/**
 * The targets of issue 6, checked against a full run's figures. Only Pano is
 * judged (the baseline anchors ratios); the targets are stated for 1920×1080.
 */
import { type Figure } from './figures';

/** Scenario names as they appear in the table. */
export const SCENARIO = {
  marquee: 'idle marquee',
  transitions: 'transitions',
  load: 'under load',
  memory: 'memory',
  start: 'start',
  feed: 'feed throughput',
  reference: 'reference (CSS transform)',
} as const;

/** Metric names shared by the scenarios and the targets. */
export const METRIC = {
  fps: 'displayed frames/s',
  screencastFps: 'screencast frames/s (cross-check)',
  p50: 'frame interval p50',
  p95: 'frame interval p95',
  p99: 'frame interval p99',
  max: 'frame interval max',
  dropped: 'dropped frames',
  busy: 'main thread busy',
  idle: 'main thread idle',
  layouts: 'layouts',
  longestGap: 'longest gap in a transition',
  worstWindowP99: "worst transition's p99",
  heapGrowthMb: 'JS heap growth',
  heapGrowthPct: 'JS heap growth %',
  objectsGrowthMb: 'JS objects growth (heap snapshot)',
  objectsGrowthPct: 'JS objects growth % (heap snapshot)',
  nodesGrowthPct: 'DOM nodes growth %',
  firstSlide: 'ready → first slide painted',
} as const;

/** The size the targets are stated for. */
export const TARGET_SIZE = '1920×1080';

/** One target's verdict. */
export interface Verdict {
  target: string;
  met: boolean | null;
  /** The measured value and, when missed, by how much. */
  detail: string;
}

function find(figures: Figure[], scenario: string, metric: string, size = TARGET_SIZE): Figure | undefined {
  return figures.find((f) => f.scenario === scenario && f.metric === metric && (f.size === size || f.size === '—'));
}

function atMost(target: string, figure: Figure | undefined, limit: number, unit: string): Verdict {
  const value = figure?.pano ?? null;
  if (value === null) return { target, met: null, detail: 'not measured' };
  const met = value <= limit;
  const over = met ? '' : `, ${(value - limit).toFixed(1)} ${unit} over (${((value / limit - 1) * 100).toFixed(0)} %)`;
  return { target, met, detail: `${value.toFixed(1)} ${unit}${over}` };
}

/** Every target of the issue, met, missed or not measured. */
export function judge(figures: Figure[]): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const scenario of [SCENARIO.marquee, SCENARIO.transitions, SCENARIO.load]) {
    verdicts.push(atMost(`${scenario}: frame interval p99 ≤ 25 ms`, find(figures, scenario, METRIC.p99), 25, 'ms'));
  }
  const loadP99 = find(figures, SCENARIO.load, METRIC.p99);
  if (loadP99?.pano && loadP99.baseline) {
    const times = loadP99.baseline / loadP99.pano;
    verdicts.push({
      target: 'under load: p99 at least 4× better than the baseline',
      met: times >= 4,
      detail: `${times.toFixed(2)}× better`,
    });
  } else {
    verdicts.push({
      target: 'under load: p99 at least 4× better than the baseline',
      met: null,
      detail: 'not measured',
    });
  }
  verdicts.push(
    atMost('transitions: no gap over 50 ms', find(figures, SCENARIO.transitions, METRIC.longestGap), 50, 'ms'),
    atMost('memory: JS heap growth under 2 MB', find(figures, SCENARIO.memory, METRIC.heapGrowthMb), 2, 'MB'),
    atMost('memory: JS heap growth under 1 %', find(figures, SCENARIO.memory, METRIC.heapGrowthPct), 1, '%'),
    atMost(
      'memory: JS objects growth under 1 % (heap snapshot)',
      find(figures, SCENARIO.memory, METRIC.objectsGrowthPct),
      1,
      '%',
    ),
    atMost('memory: DOM node growth under 1 %', find(figures, SCENARIO.memory, METRIC.nodesGrowthPct), 1, '%'),
    atMost(
      'start: first slide painted within 1.5 s of ready',
      find(figures, SCENARIO.start, METRIC.firstSlide),
      1500,
      'ms',
    ),
  );
  const idle = find(figures, SCENARIO.marquee, METRIC.idle)?.pano ?? null;
  verdicts.push(
    idle === null
      ? { target: 'idle marquee: main thread idle ≥ 95 %', met: null, detail: 'not measured' }
      : {
          target: 'idle marquee: main thread idle ≥ 95 %',
          met: idle >= 95,
          detail: `${idle.toFixed(1)} %${idle >= 95 ? '' : `, ${(95 - idle).toFixed(1)} points short`}`,
        },
  );
  return verdicts;
}

/** The verdicts as lines for the console. */
export function formatVerdicts(verdicts: Verdict[]): string {
  const mark = (met: boolean | null) => (met === null ? 'n/a   ' : met ? 'met   ' : 'MISSED');
  return verdicts.map((v) => `${mark(v.met)} ${v.target}: ${v.detail}`).join('\n');
}

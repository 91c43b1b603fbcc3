import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../bench/support/args';
import { formatNumber, formatTable, ratio, type Figure } from '../../../bench/support/figures';
import { judge, METRIC, SCENARIO } from '../../../bench/support/targets';

const figure = (over: Partial<Figure>): Figure => ({
  scenario: SCENARIO.marquee,
  size: '1920×1080',
  metric: METRIC.p99,
  unit: 'ms',
  better: 'lower',
  pano: 20,
  baseline: 80,
  ...over,
});

describe('the table', () => {
  it('prints Pano, the baseline and their ratio in aligned columns', () => {
    const lines = formatTable([
      figure({}),
      figure({ metric: METRIC.fps, unit: 'frames/s', better: 'higher', pano: 59.94, baseline: null }),
    ]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(
      /idle marquee \| 1920×1080 \| frame interval p99 \(ms, lower is better\)\s+\|\s+20\.0 \|\s+80\.0 \|\s+0\.25 \|/,
    );
    expect(lines[3]).toMatch(/59\.9 \|\s+— \|\s+— \|$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });

  it('has no ratio where the baseline is zero or missing', () => {
    expect(ratio({ pano: 3, baseline: 0 })).toBeNull();
    expect(ratio({ pano: null, baseline: 2 })).toBeNull();
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(1234.5)).toBe('1235');
  });
});

describe('judging the targets', () => {
  it('says by how much a target was missed', () => {
    const verdicts = judge([figure({ scenario: SCENARIO.load, pano: 40, baseline: 120 })]);
    const p99 = verdicts.find((v) => v.target.startsWith('under load: frame interval p99'));
    expect(p99).toMatchObject({ met: false, detail: '40.0 ms, 15.0 ms over (60 %)' });
    const times = verdicts.find((v) => v.target.includes('4× better'));
    expect(times).toMatchObject({ met: false, detail: '3.00× better' });
  });

  it('judges only the 1920×1080 figures and calls unmeasured targets n/a rather than met', () => {
    const verdicts = judge([figure({ size: '3840×2160', pano: 90 })]);
    expect(verdicts.find((v) => v.target.startsWith('idle marquee: frame interval p99'))?.met).toBeNull();
    expect(verdicts.every((v) => v.met === null)).toBe(true);
  });

  it('passes a target that is met', () => {
    const verdicts = judge([
      figure({ scenario: SCENARIO.start, metric: METRIC.firstSlide, pano: 900, baseline: 1200 }),
    ]);
    expect(verdicts.find((v) => v.target.startsWith('start'))).toMatchObject({ met: true, detail: '900.0 ms' });
  });
});

describe('the command line', () => {
  it('takes --quick and --out, and names an unknown argument', () => {
    expect(parseArgs(['--quick', '--out', '/tmp/x.json'])).toMatchObject({ quick: true, out: '/tmp/x.json' });
    expect(() => parseArgs(['--fast'])).toThrow(/unknown argument "--fast"/);
    expect(() => parseArgs(['--out'])).toThrow(/--out needs a file path/);
  });

  it('runs every scenario unless --only names some, and names an unknown one', () => {
    expect([...parseArgs([]).only]).toEqual(['reference', 'marquee', 'transitions', 'load', 'memory', 'start', 'feed']);
    expect([...parseArgs(['--only', 'memory,transitions']).only]).toEqual(['memory', 'transitions']);
    expect([...parseArgs(['--only=start']).only]).toEqual(['start']);
    expect(() => parseArgs(['--only', 'memroy'])).toThrow(/unknown scenario "memroy"/);
    expect(() => parseArgs(['--only'])).toThrow(/--only needs scenario ids/);
  });
});

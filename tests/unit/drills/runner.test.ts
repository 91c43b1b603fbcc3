import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Drill } from '../../../drills/drill';
import { parseDrillArgs, selectDrills } from '../../../drills/support/args';
import { formatFailures, formatFigureTable, formatLimit, judgeResult } from '../../../drills/support/report';
import { runDrills } from '../../../drills/support/run-drills';

const drill = (id: string, run: Drill['run']): Drill => ({ id, title: `the ${id} drill`, run });

describe('the command line', () => {
  it('reads --short, --only and --out in either form', () => {
    expect(parseDrillArgs(['--short', '--only', 'soak,disk-full', '--out=x.json'])).toEqual({
      short: true,
      only: ['soak', 'disk-full'],
      out: 'x.json',
    });
    expect(parseDrillArgs([]).only).toBeNull();
  });

  it('names an unknown flag, and a flag left without its value', () => {
    expect(() => parseDrillArgs(['--quick'])).toThrow(/unknown argument "--quick".*usage: npm run drills/);
    expect(() => parseDrillArgs(['--only'])).toThrow(/--only needs drill ids/);
    expect(() => parseDrillArgs(['--out', '--short'])).toThrow(/--out needs a file path/);
  });

  it('refuses an id that is no drill, listing the ones there are', () => {
    const drills = [drill('soak', async () => ({ figures: [], failures: [] }))];
    expect(selectDrills(drills, null)).toHaveLength(1);
    expect(() => selectDrills(drills, ['soak', 'sok'])).toThrow(/no drill "sok" \(the drills are: soak\)/);
  });
});

describe('judging and printing', () => {
  it('turns a figure past its limit into a failure, keeping the drill’s own', () => {
    const outcome = judgeResult(
      drill('soak', async () => ({ figures: [], failures: [] })),
      {
        figures: [
          { name: 'longest time nothing new on screen', value: 45, unit: 's', limit: { max: 31 } },
          { name: 'slide changes', value: 300, unit: 'slides', limit: { min: 100 } },
        ],
        failures: ['hour 3: the page did not show that hour’s playlist'],
      },
      12,
    );
    expect(outcome.failures).toEqual([
      'hour 3: the page did not show that hour’s playlist',
      'longest time nothing new on screen: 45 s is over the limit of 31 s',
    ]);
  });

  it('prints one aligned row per figure with its limit and whether it held', () => {
    const outcome = judgeResult(
      drill('soak', async () => ({ figures: [], failures: [] })),
      {
        figures: [
          { name: 'heap', value: 6.125, unit: 'MB', limit: { max: 12 } },
          { name: 'files', value: 30, unit: 'files', limit: { min: 1, max: 20 } },
        ],
        failures: [],
      },
      1,
    );
    const lines = formatFigureTable([outcome]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/\| soak\s+\| heap\s+\|\s+6\.13 \| MB\s+\| ≤ 12\s+\| yes \|/);
    expect(lines[3]).toMatch(/\| 1 … 20 \| NO\s+\|/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(formatFailures([outcome])).toBe('FAIL soak: files: 30 files is over the limit of 20 files');
    expect(formatLimit(undefined)).toBe('');
    expect(formatLimit({ min: 24 })).toBe('≥ 24');
  });
});

describe('running drills', () => {
  it('runs each in turn, turns a throw into a failure, keeps a failed drill’s folder and removes a passing one’s', async () => {
    const made: string[] = [];
    const makeTempDir = async (prefix: string) => {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    };
    const lines: string[] = [];
    const outcomes = await runDrills(
      [
        drill('good', async (context) => {
          await context.tempDir();
          context.log('working');
          return { figures: [{ name: 'x', value: 1, unit: '' }], failures: [] };
        }),
        drill('broken', async (context) => {
          await context.tempDir();
          throw new Error('the host never started');
        }),
      ],
      { short: true, write: (line) => lines.push(line), makeTempDir },
    );
    expect(outcomes.map((o) => o.failures)).toEqual([[], ['the drill stopped with an error: the host never started']]);
    expect(lines.some((l) => l.startsWith('drill good: working'))).toBe(true);
    await expect(stat(made[0] as string)).rejects.toThrow();
    expect((await stat(made[1] as string)).isDirectory()).toBe(true);
  });
});

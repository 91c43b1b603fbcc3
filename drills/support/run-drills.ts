/**
 * Runs drills one after another, each with its own context: a log that names
 * it, temp folders removed afterwards (kept when it failed, to look into), a
 * throw turned into a failure so one broken drill never hides the others.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Drill, DrillContext } from '../drill';
import { judgeResult, thrownOutcome, type DrillOutcome } from './report';

export interface RunOptions {
  short: boolean;
  /** Where progress lines go (stderr in the runner). */
  write(line: string): void;
  /** Makes a fresh folder; a test passes its own. */
  makeTempDir?: (prefix: string) => Promise<string>;
}

const defaultTempDir = (prefix: string) => mkdtemp(join(tmpdir(), prefix));

/** Runs `drills` in order and returns what each measured and broke. */
export async function runDrills(drills: readonly Drill[], options: RunOptions): Promise<DrillOutcome[]> {
  const outcomes: DrillOutcome[] = [];
  const makeTempDir = options.makeTempDir ?? defaultTempDir;
  for (const drill of drills) {
    const startedAt = Date.now();
    const seconds = () => (Date.now() - startedAt) / 1000;
    const dirs: string[] = [];
    const context: DrillContext = {
      short: options.short,
      log: (line) => options.write(`drill ${drill.id}: ${line} (${seconds().toFixed(0)} s)`),
      async tempDir() {
        const dir = await makeTempDir(`pano-drill-${drill.id}-`);
        dirs.push(dir);
        return dir;
      },
    };
    context.log(`starting: ${drill.title}${options.short ? ' (short form)' : ''}`);
    let outcome: DrillOutcome;
    try {
      outcome = judgeResult(drill, await drill.run(context), seconds());
    } catch (error) {
      outcome = thrownOutcome(drill, error, seconds());
    }
    if (outcome.failures.length === 0) {
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    } else if (dirs.length > 0) {
      context.log(`failed; its folders are kept to look into: ${dirs.join(', ')}`);
    }
    context.log(`${outcome.failures.length === 0 ? 'passed' : `FAILED (${outcome.failures.length})`}`);
    outcomes.push(outcome);
  }
  return outcomes;
}

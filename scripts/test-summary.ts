/**
 * The closing line of `npm test`: the counts of every runner added up, in the
 * plain form CI reads (`pano: N passed, N failed, N skipped`). Reads the JSON
 * reports vitest and Playwright wrote into test-results/summary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const dir = join(import.meta.dirname, '..', 'test-results', 'summary');
const read = (name: string): unknown => {
  const file = join(dir, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
};

function vitestCounts(report: unknown): Counts | null {
  const r = report as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  } | null;
  return r && { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCounts(report: unknown): Counts | null {
  const stats = (report as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | null)
    ?.stats;
  return stats ? { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped } : null;
}

/** `npm run drills -- --short`: a drill passes when it broke no promise. */
function drillCounts(report: unknown): Counts | null {
  const drills = (report as { drills?: Array<{ failures: unknown[] }> } | null)?.drills;
  if (!Array.isArray(drills)) return null;
  const failed = drills.filter((d) => d.failures.length > 0).length;
  return { passed: drills.length - failed, failed, skipped: 0 };
}

/** `npm run bench -- --quick` is a smoke run: it passes when it measured every scenario (it judges nothing). */
function benchCounts(report: unknown): Counts | null {
  const figures = (report as { figures?: unknown[] } | null)?.figures;
  if (!Array.isArray(figures)) return null;
  return figures.length > 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
}

const parts: Array<[string, Counts | null]> = [
  ['unit', vitestCounts(read('unit.json'))],
  ['e2e', playwrightCounts(read('e2e.json'))],
  ['electron', playwrightCounts(read('electron.json'))],
  ['drills (short form)', drillCounts(read('drills.json'))],
  ['bench (quick smoke)', benchCounts(read('bench.json'))],
];
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const [name, counts] of parts) {
  if (!counts) {
    process.stdout.write(`${name}: no report (did it run?)\n`);
    total.failed += 1;
    continue;
  }
  process.stdout.write(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
process.stdout.write(`pano: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
process.exitCode = total.failed > 0 ? 1 : 0;

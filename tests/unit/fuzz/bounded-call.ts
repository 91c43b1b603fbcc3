/**
 * What every fuzz property checks besides its own promise: one call finishes within a second, error messages
 * read like sentences for an operator, and nothing reached Object.prototype.
 *
 * Run counts: each property names a modest base count so the whole fuzz suite stays around half a minute on a
 * two-core machine. For a long hunt set PANO_FUZZ_RUNS to a multiplier, e.g.
 *   PANO_FUZZ_RUNS=50 npx vitest run tests/unit/fuzz
 * (the per-test timeout grows with it, see fuzzTimeoutMs).
 */
import fc from 'fast-check';

import { describeProblems, type Checked } from '../../../main/core/validation';

/** The longest any one parser call may take on any one input. A correctness bound (no hang), not a benchmark. */
export const CALL_LIMIT_MS = 1000;

function runScale(): number {
  const raw = Number(process.env['PANO_FUZZ_RUNS'] ?? '1');
  return Number.isFinite(raw) && raw >= 1 ? raw : 1;
}

/** How many runs a property gets: its base count, times PANO_FUZZ_RUNS. */
export function fuzzRuns(base: number): number {
  return Math.round(base * runScale());
}

/** The vitest timeout for a fuzz test, scaled like its run count. */
export function fuzzTimeoutMs(baseMs = 20_000): number {
  return Math.round(baseMs * runScale());
}

/** Up to 300 characters of an input, escaped so a failure report shows NULs, surrogates and BOMs. */
export function preview(input: unknown): string {
  let text: string;
  try {
    text = typeof input === 'string' ? input : JSON.stringify(input);
  } catch {
    text = String(input);
  }
  const shown = JSON.stringify((text ?? String(input)).slice(0, 300));
  return text && text.length > 300 ? `${shown}… (${text.length} chars)` : shown;
}

/** Calls `fn`, failing with the offending input when the call throws or takes longer than CALL_LIMIT_MS. */
export function boundedCall<T>(what: string, input: unknown, fn: () => T): T {
  const started = performance.now();
  let result: T;
  try {
    result = fn();
  } catch (error) {
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw new Error(`${what} threw on input ${preview(input)}:\n${reason}`, { cause: error });
  }
  const tookMs = performance.now() - started;
  if (tookMs > CALL_LIMIT_MS) {
    throw new Error(`${what} took ${Math.round(tookMs)} ms (limit ${CALL_LIMIT_MS}) on input ${preview(input)}`);
  }
  return result;
}

/** Signs that a message was built from a value nobody meant to show. */
const UNCLEAN = [/\bundefined\b/u, /\[object \w+\]/u, /\bNaN\b/u, /^\s*at .+:\d+:\d+\)?$/mu];

/** A message may quote the input; a word like "NaN" that the input itself holds is not the product's slip. */
function echoesInput(pattern: RegExp, input: unknown): boolean {
  let text: string;
  try {
    text = typeof input === 'string' ? input : JSON.stringify(input);
  } catch {
    return false;
  }
  return typeof text === 'string' && pattern.test(text);
}

/** Fails unless `message` is a non-empty sentence with no "undefined", "[object Object]" or stack frame in it. */
export function assertCleanMessage(message: unknown, where: string, input: unknown): void {
  const problem =
    typeof message !== 'string'
      ? `is a ${typeof message}, not text`
      : message.trim() === ''
        ? 'is empty'
        : UNCLEAN.find((pattern) => pattern.test(message) && !echoesInput(pattern, input))
          ? `looks unclean: ${JSON.stringify(message.slice(0, 300))}`
          : null;
  if (problem !== null) throw new Error(`the error message of ${where} ${problem}, on input ${preview(input)}`);
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/** Fails when a property was added to Object.prototype (prototype pollution through `__proto__` keys). */
export function assertPrototypeClean(input: unknown): void {
  const names = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
  const probe: Record<string, unknown> = {};
  const leaked = ['polluted', 'isAdmin', 'version', 'items', 'url'].filter((key) => key in probe);
  if (names !== PROTOTYPE_NAMES || leaked.length > 0) {
    throw new Error(`Object.prototype was changed (${leaked.join(', ') || names}) by input ${preview(input)}`);
  }
}

/** fc.assert with the run count scaled and the seed printed on failure (fast-check does that already). */
export function fuzz<Ts extends unknown[]>(property: fc.IProperty<Ts>, baseRuns: number): void {
  fc.assert(property, { numRuns: fuzzRuns(baseRuns) });
}

/** The promise of every validator: a value, or at least one problem whose message is a clean sentence. */
export function checkProblems(result: Checked<unknown>, where: string, input: unknown): void {
  if (result.ok) return;
  if (result.problems.length === 0) throw new Error(`${where} refused ${preview(input)} without saying why`);
  const reported = result.problems;
  for (const problem of reported) {
    if (typeof problem.field !== 'string') throw new Error(`${where}: a problem has no field path`);
    assertCleanMessage(problem.message, `${where} (${problem.field || 'the document'})`, input);
  }
  if (reported.length > 0) assertCleanMessage(describeProblems(reported), where, input);
}

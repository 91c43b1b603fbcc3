/**
 * Judging and printing drill results: every figure's limit checked, one
 * table row per figure, and the failures listed under it.
 */
import { limitBroken, type DrillFigure, type DrillResult } from '../drill';

/** One drill's outcome as the runner keeps it (and writes it to JSON). */
export interface DrillOutcome {
  id: string;
  title: string;
  seconds: number;
  figures: DrillFigure[];
  /** The drill's own failures, then each broken limit, then a throw (if it threw). */
  failures: string[];
  loggedByKind: Record<string, number>;
}

/** The outcome of a drill that returned: its failures plus a sentence per broken limit. */
export function judgeResult(drill: { id: string; title: string }, result: DrillResult, seconds: number): DrillOutcome {
  const broken = result.figures.map(limitBroken).filter((f): f is string => f !== undefined);
  return {
    id: drill.id,
    title: drill.title,
    seconds,
    figures: result.figures,
    failures: [...result.failures, ...broken],
    loggedByKind: result.loggedByKind ?? {},
  };
}

/** The outcome of a drill that threw: a failure naming what it threw, no figures. */
export function thrownOutcome(drill: { id: string; title: string }, error: unknown, seconds: number): DrillOutcome {
  const message = error instanceof Error ? error.message : String(error);
  return {
    id: drill.id,
    title: drill.title,
    seconds,
    figures: [],
    failures: [`the drill stopped with an error: ${message}`],
    loggedByKind: {},
  };
}

/** A number with as many decimals as its size deserves. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** A limit as people write it: `≤ 30`, `≥ 1`, `1 … 30`, or empty. */
export function formatLimit(limit: DrillFigure['limit']): string {
  if (!limit) return '';
  const { min, max } = limit;
  if (min !== undefined && max !== undefined) return `${formatValue(min)} … ${formatValue(max)}`;
  if (max !== undefined) return `≤ ${formatValue(max)}`;
  if (min !== undefined) return `≥ ${formatValue(min)}`;
  return '';
}

/** Every figure as an aligned table (valid Markdown): drill, figure, value, unit, limit, ok. */
export function formatFigureTable(outcomes: readonly DrillOutcome[]): string {
  const header = ['drill', 'figure', 'value', 'unit', 'limit', 'ok'];
  const rows = outcomes.flatMap((o) =>
    o.figures.map((f) => [
      o.id,
      f.name,
      formatValue(f.value),
      f.unit,
      formatLimit(f.limit),
      limitBroken(f) === undefined ? 'yes' : 'NO',
    ]),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The failures, one line each under its drill's id; empty when every drill passed. */
export function formatFailures(outcomes: readonly DrillOutcome[]): string {
  return outcomes.flatMap((o) => o.failures.map((f) => `FAIL ${o.id}: ${f}`)).join('\n');
}

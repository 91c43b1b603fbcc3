/**
 * What every drill of `npm run drills` is: a named run against the real host
 * (and, where it needs one, the player page in Debian Chromium) that returns
 * the figures it measured and the promises it saw broken.
 *
 * A drill judges: any entry in `failures` fails the run (exit code 1), unlike
 * the benchmark, whose missed targets are findings.
 */

/** One number a drill reports, printed in the table and kept in the JSON. */
export interface DrillFigure {
  /** What was measured, in words an operator understands ("longest time nothing new on screen"). */
  name: string;
  value: number;
  unit: string;
  /** The bound the figure must stay within, when there is one (printed next to it). */
  limit?: { max?: number; min?: number };
}

export interface DrillResult {
  figures: DrillFigure[];
  /** Each broken promise, as a sentence naming what went wrong ("playlist.json lost after ENOSPC"). */
  failures: string[];
  /** Errors and warnings the host logged during the drill, counted by kind. */
  loggedByKind?: Record<string, number>;
}

export interface DrillContext {
  /** `--short`: the form inside `npm test` (minutes, not tens of minutes). */
  short: boolean;
  /** Progress lines for the operator running the drills (stderr). */
  log(line: string): void;
  /** A fresh temporary folder for this drill (removed after the run unless it failed). */
  tempDir(): Promise<string>;
}

export interface Drill {
  /** Short kebab-case id, used by `npm run drills -- --only <id>`. */
  id: string;
  /** One line: what the drill does to Pano. */
  title: string;
  run(context: DrillContext): Promise<DrillResult>;
}

/** A figure's limit broken, as a failure sentence (undefined when within it). */
export function limitBroken(figure: DrillFigure): string | undefined {
  const { limit } = figure;
  if (limit !== undefined && !Number.isFinite(figure.value))
    return `${figure.name}: not measured (${figure.value}), so its limit cannot be checked`;
  if (limit?.max !== undefined && figure.value > limit.max)
    return `${figure.name}: ${figure.value} ${figure.unit} is over the limit of ${limit.max} ${figure.unit}`;
  if (limit?.min !== undefined && figure.value < limit.min)
    return `${figure.name}: ${figure.value} ${figure.unit} is under the minimum of ${limit.min} ${figure.unit}`;
  return undefined;
}

/**
 * Reading what the host logged: DATA/logs/pano.log holds one JSON object per
 * line with `level` and `event` (main/services/logger.ts); warnings and
 * errors are counted by `level:event`.
 */

/** One log record, as far as counting needs it. */
export interface LogRecord {
  level: string;
  event: string;
  message: string;
}

/**
 * Warnings and errors by `level:event` (e.g. `error:feed-failed`); lines that
 * are not log records are skipped. `kindOf` may give a record a kind of its
 * own (to tell one cause of an event from the others).
 */
export function countWarningsAndErrors(
  text: string,
  kindOf: (record: LogRecord) => string = (r) => `${r.level}:${r.event}`,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      continue; // a line torn by a kill mid-write
    }
    const { level, event, message } = (record ?? {}) as { level?: unknown; event?: unknown; message?: unknown };
    if ((level !== 'warn' && level !== 'error') || typeof event !== 'string') continue;
    const kind = kindOf({ level, event, message: typeof message === 'string' ? message : '' });
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/** The kinds in `counts` that are not in `expected` (matched by exact kind), sorted. */
export function unexpectedKinds(counts: Record<string, number>, expected: readonly string[]): string[] {
  return Object.keys(counts)
    .filter((kind) => !expected.includes(kind))
    .sort();
}

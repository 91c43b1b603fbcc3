/**
 * Whether the data directory still takes writes, asked by /healthz. A disk
 * that fills up or turns read-only under a running host is otherwise seen
 * only by the save that fails, and monitoring would read `ok` until the next
 * start. The check writes a small file and removes it: appending to an
 * existing file is no test of a full disk (its last block may still have
 * room), a new file with content needs a free block.
 */
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFsError } from './fs-errors';

/** The check runs at most this often, however often /healthz is asked. */
const DEFAULT_MIN_INTERVAL_MS = 10_000;

/** A fresh name for the check's file, named like an atomic write's temp file: a kill in between leaves nothing the
 * start-up sweep misses. */
export function writeCheckFile(dir: string): string {
  return join(dir, `.write-check.${randomBytes(4).toString('hex')}.tmp`);
}

export interface DataDirWriteCheck {
  /** The last check's finding (null: writes work), starting a new check when the last is old enough. */
  problem(): string | null;
  /** Resolves once the check under way (if any) is done; for tests and shutdown. */
  settled(): Promise<void>;
}

export function createDataDirWriteCheck(
  dir: string,
  options: { minIntervalMs?: number; nowMs?: () => number } = {},
): DataDirWriteCheck {
  const minIntervalMs = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
  const nowMs = options.nowMs ?? (() => performance.now());
  let problem: string | null = null;
  let lastStartMs = Number.NEGATIVE_INFINITY;
  let running: Promise<void> | null = null;

  async function check(): Promise<void> {
    const file = writeCheckFile(dir);
    try {
      await writeFile(file, 'Pano checks that this folder takes writes; this file is removed at once.\n');
      problem = null;
    } catch (error) {
      problem = `the data folder ${dir} does not take writes (${describeFsError(error)})`;
    } finally {
      await rm(file, { force: true }).catch(() => undefined);
    }
  }

  return {
    problem() {
      if (running === null && nowMs() - lastStartMs >= minIntervalMs) {
        lastStartMs = nowMs();
        running = check().finally(() => {
          running = null;
        });
      }
      return problem;
    },
    settled: () => running ?? Promise.resolve(),
  };
}

/**
 * Temporary files a power cut or a SIGKILL left behind: our atomic writes
 * (`.name.1a2b3c4d.tmp`, atomic-write.ts) and conf's (`settings.json.tmp-<16 hex-ish>`,
 * from the atomically package). Each is an unfinished copy of a file whose
 * previous version is still intact beside it, so deleting it loses nothing; left
 * alone they would pile up over months of power cuts in a hall.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from './logger';

const OURS = /^\..+\.[0-9a-f]{8}\.tmp$/;
const CONFS = /\.tmp-\d{10}[0-9a-f]{6}$/;
/** A temp file younger than this may belong to a write in progress (another process on the same folder). */
const MIN_AGE_MS = 60_000;

/** Whether a file name is one of the temporary copies above. */
export function isLeftoverTempName(name: string): boolean {
  return OURS.test(name) || CONFS.test(name);
}

/** Removes leftover temp files (older than a minute) from `folders`; returns how many. Never throws. */
export async function sweepLeftoverTemps(
  folders: readonly string[],
  logger: Logger,
  nowMs: number = Date.now(),
): Promise<number> {
  let removed = 0;
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      if (!isLeftoverTempName(name)) continue;
      const file = join(folder, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile() || nowMs - info.mtimeMs < MIN_AGE_MS) continue;
      await rm(file, { force: true }).then(
        () => (removed += 1),
        () => undefined,
      );
    }
  }
  if (removed > 0)
    logger.info('temp-swept', `removed ${removed} unfinished temporary file(s) left by an interrupted write`);
  return removed;
}

/**
 * Which data folder the kiosk uses, decided before anything is written there.
 * Electron's profile (and with it the single-instance lock) and the log live
 * inside it, so a folder that cannot be created must be replaced first: else
 * the lock fails, the kiosk takes itself for a second instance and exits 0, and
 * the hall stays black with nothing to restart it. The stand-in is the same
 * fixed per-user folder the host falls back to (main/services/host/start-host.ts),
 * so a restart finds the same lock and the same log.
 */
import { join } from 'node:path';

/** The stand-in data folder for user `uid` (`process.getuid?.()`, undefined on Windows) under `tmp`. */
export function kioskFallbackDataDir(tmp: string, uid: number | undefined): string {
  return join(tmp, `pano-fallback-${uid ?? 'user'}`);
}

/** Creates a folder if needed and checks it can be written (main/services/data-dir.ts `prepareDataDir`). */
export type PrepareDataDir = (dir: string) => Promise<{ ok: true; dir: string } | { ok: false; error: string }>;

/** The folder to use and, when it is the stand-in, what is wrong with the one asked for. */
export type KioskDataDir = { ok: true; dir: string; problem: string | null } | { ok: false; error: string };

/** The requested folder when it is usable, else the stand-in with the reason; an error when neither is. */
export async function chooseKioskDataDir(
  requested: string,
  fallback: string,
  prepare: PrepareDataDir,
): Promise<KioskDataDir> {
  const wanted = await prepare(requested);
  if (wanted.ok) return { ok: true, dir: wanted.dir, problem: null };
  const standIn = await prepare(fallback);
  if (standIn.ok) return { ok: true, dir: standIn.dir, problem: wanted.error };
  return { ok: false, error: `${wanted.error}, and no temporary folder could stand in for it (${standIn.error})` };
}

/** The data directory: created when missing, checked once so problems are named up front. */
import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeFsError } from './fs-errors';

/** Where things live inside the data directory. */
export function dataPaths(dataDir: string) {
  return {
    root: dataDir,
    playlist: resolve(dataDir, 'playlist.json'),
    settings: resolve(dataDir, 'settings.json'),
    lastGoodPlaylist: resolve(dataDir, 'state', 'last-good-playlist.json'),
    rotationAnchor: resolve(dataDir, 'state', 'rotation.json'),
    feedState: resolve(dataDir, 'state', 'feed.json'),
    mediaLibrary: resolve(dataDir, 'media'),
    mediaCache: resolve(dataDir, 'cache', 'media'),
    /** Screen-sized copies of large library pictures (its own folder: the remote cache prunes what it does not know). */
    libraryCopies: resolve(dataDir, 'cache', 'library'),
    log: resolve(dataDir, 'logs', 'pano.log'),
    proofOfPlay: resolve(dataDir, 'logs', 'proof-of-play.jsonl'),
  };
}
export type DataPaths = ReturnType<typeof dataPaths>;

/** Makes sure `dataDir` exists and is writable; the error says which and why. */
export async function prepareDataDir(
  dataDir: string,
): Promise<{ ok: true; dir: string } | { ok: false; error: string }> {
  const dir = resolve(dataDir);
  try {
    const existing = await stat(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (existing && !existing.isDirectory())
      return { ok: false, error: `the data directory ${dir} is a file, not a folder` };
    if (!existing) await mkdir(dir, { recursive: true });
  } catch (error) {
    return { ok: false, error: `cannot create the data directory ${dir} (${describeFsError(error)})` };
  }
  try {
    await access(dir, constants.R_OK | constants.W_OK);
  } catch (error) {
    return { ok: false, error: `the data directory ${dir} is not readable and writable (${describeFsError(error)})` };
  }
  return { ok: true, dir };
}

/**
 * The active playlist: DATA/playlist.json, read at start and whenever it
 * changes. An invalid file is logged (file, field, why) and the last valid
 * playlist keeps playing — across restarts too, from a kept copy.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { parsePlaylist } from '../../core/playlist/parse';
import type { Playlist } from '../../core/playlist/schema';
import { describeProblems } from '../../core/validation';
import { writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../fs-errors';
import type { Logger } from '../logger';
import { watchFolder } from '../watch-folder';

/** Where the playing playlist came from. */
export type PlaylistOrigin = 'file' | 'last-good' | 'default';

/** The playlist in force and why. */
export interface ActivePlaylist {
  playlist: Playlist;
  origin: PlaylistOrigin;
  /** What is wrong with playlist.json, when it is wrong; shown to operators. */
  problem: string | null;
}

export interface PlaylistStore {
  current(): ActivePlaylist;
  /** Calls `listener` whenever the active playlist or its problem changes. */
  onChange(listener: (active: ActivePlaylist) => void): () => void;
  /** Re-reads playlist.json now (the watcher calls this; so can tests and the console). */
  reload(): Promise<void>;
  /** Stops watching; resolves once a read or copy in progress has finished (nothing half-written). */
  close(): Promise<void>;
}

export interface PlaylistStoreOptions {
  file: string;
  lastGoodFile: string;
  defaultPlaylist: Playlist;
  logger: Logger;
  /** Safety net for file systems without change events (network mounts). */
  pollIntervalMs?: number;
}

/** How long a missing or invalid playlist.json must stay so before it is acted on. */
const CONFIRM_DELAY_MS = 1000;

type FileRead = { kind: 'missing' } | { kind: 'unreadable'; reason: string } | { kind: 'text'; text: string };

/** Opens the playlist store and starts watching playlist.json. */
export async function openPlaylistStore(options: PlaylistStoreOptions): Promise<PlaylistStore> {
  const { file, lastGoodFile, defaultPlaylist, logger } = options;
  const listeners = new Set<(active: ActivePlaylist) => void>();
  let lastSignature: string | null = null;
  let active: ActivePlaylist = { playlist: defaultPlaylist, origin: 'default', problem: null };
  let closed = false;

  const lastGood = await readLastGood(lastGoodFile, logger);

  function publish(next: ActivePlaylist): void {
    if (isDeepStrictEqual(next, active)) return;
    active = next;
    for (const listener of listeners) listener(active);
  }

  // One read at a time: the watcher and the poll may fire together.
  let queue: Promise<void> = Promise.resolve();
  const reload = (): Promise<void> => (queue = queue.then(readAndApply, readAndApply));

  let initial = true;
  async function readAndApply(): Promise<void> {
    let read = await readText(file);
    if (signature(read) === lastSignature) return;
    if (!initial && looksBroken(read)) {
      // A save in progress (deleted then recreated, or written in pieces) looks missing or broken
      // for a moment: only believe it if it still looks so a second later.
      await delay(CONFIRM_DELAY_MS);
      read = await readText(file);
      if (signature(read) === lastSignature) return;
    }
    initial = false;
    lastSignature = signature(read);

    if (read.kind === 'missing') {
      if (active.origin !== 'default' && (await folderGone(dirname(file)))) {
        // The whole data directory vanished (deleted, or its disk unmounted): that is a fault, not an operator
        // removing playlist.json to go back to the defaults. The screen keeps what it plays until the folder is back.
        const problem = `the data directory ${dirname(file)} is gone (deleted or unmounted)`;
        logger.error('data-dir-gone', `${problem}; keeping the playlist that plays until it is back`, { file });
        publish({ ...active, origin: 'last-good', problem });
        return;
      }
      if (active.origin !== 'default')
        logger.info('playlist-default', `${file} is missing; playing the bundled default playlist`);
      publish({ playlist: defaultPlaylist, origin: 'default', problem: null });
      return;
    }
    const checked = read.kind === 'text' ? parsePlaylist(read.text) : null;
    if (checked?.ok) {
      logger.info('playlist-loaded', `${file} loaded: ${checked.value.items.length} items`, { file });
      publish({ playlist: checked.value, origin: 'file', problem: null });
      await keepLastGood(checked.value);
      return;
    }
    const problem =
      read.kind === 'unreadable'
        ? `cannot be read (${read.reason})`
        : describeProblems(checked && !checked.ok ? checked.problems : []);
    const fallback: ActivePlaylist =
      active.origin === 'file' || active.origin === 'last-good'
        ? { ...active, origin: 'last-good', problem }
        : lastGood
          ? { playlist: lastGood, origin: 'last-good', problem }
          : { playlist: defaultPlaylist, origin: 'default', problem };
    const keeping = fallback.origin === 'default' ? 'the bundled default playlist' : 'the last valid playlist';
    logger.error('playlist-invalid', `${file}: ${problem} — keeping ${keeping}`, { file });
    publish(fallback);
  }

  async function keepLastGood(playlist: Playlist): Promise<void> {
    try {
      await mkdir(dirname(lastGoodFile), { recursive: true });
      await writeFileAtomic(lastGoodFile, `${JSON.stringify(playlist, null, 2)}\n`);
    } catch (error) {
      logger.warn(
        'playlist-keep-failed',
        `cannot keep a copy of the valid playlist in ${lastGoodFile} (${describeFsError(error)})`,
      );
    }
  }

  await reload();
  const stopWatching = watchFolder({
    folder: dirname(file),
    matches: (name) => name === basename(file),
    onChange: () => void reload().catch(() => undefined),
    logger,
    pollIntervalMs: options.pollIntervalMs,
  });

  return {
    current: () => active,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload,
    close() {
      if (!closed) stopWatching();
      closed = true;
      return queue.then(() => undefined);
    },
  };
}

/** What a read found, as one comparable string: an unchanged file is not read twice. */
function signature(read: FileRead): string {
  return read.kind === 'text' ? `text:${read.text}` : read.kind === 'missing' ? 'missing' : `unreadable:${read.reason}`;
}

function looksBroken(read: FileRead): boolean {
  return read.kind !== 'text' || !parsePlaylist(read.text).ok;
}

async function folderGone(folder: string): Promise<boolean> {
  try {
    await stat(folder);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

async function readText(file: string): Promise<FileRead> {
  try {
    return { kind: 'text', text: await readFile(file, 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', reason: describeFsError(error) };
  }
}

async function readLastGood(file: string, logger: Logger): Promise<Playlist | null> {
  const read = await readText(file);
  if (read.kind === 'missing') return null;
  const checked = read.kind === 'text' ? parsePlaylist(read.text) : null;
  if (checked?.ok) return checked.value;
  // A damaged safety copy is harmless while playlist.json is good, but it would silently not be there the day
  // playlist.json breaks: say so now, while someone can still look. The next valid playlist.json rewrites it.
  const problem =
    read.kind === 'unreadable'
      ? `cannot be read (${read.reason})`
      : describeProblems(checked && !checked.ok ? checked.problems : []);
  logger.warn(
    'playlist-last-good-invalid',
    `${file}: ${problem} — the kept copy of the last valid playlist is unusable`,
    {
      file,
    },
  );
  return null;
}

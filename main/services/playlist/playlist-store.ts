/**
 * The active playlist: DATA/playlist.json, read at start and whenever it
 * changes. An invalid file is logged (file, field, why) and the last valid
 * playlist keeps playing — across restarts too, from a kept copy.
 */
import { watch, type FSWatcher } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parsePlaylist } from '../../core/playlist/parse';
import type { Playlist } from '../../core/playlist/schema';
import { describeProblems } from '../../core/validation';
import { writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../data-dir';
import type { Logger } from '../logger';

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
  close(): void;
}

export interface PlaylistStoreOptions {
  file: string;
  lastGoodFile: string;
  defaultPlaylist: Playlist;
  logger: Logger;
  /** Safety net for file systems without change events (network mounts). */
  pollIntervalMs?: number;
}

type FileRead = { kind: 'missing' } | { kind: 'unreadable'; reason: string } | { kind: 'text'; text: string };

/** Opens the playlist store and starts watching playlist.json. */
export async function openPlaylistStore(options: PlaylistStoreOptions): Promise<PlaylistStore> {
  const { file, lastGoodFile, defaultPlaylist, logger } = options;
  const listeners = new Set<(active: ActivePlaylist) => void>();
  let lastText: string | null = null;
  let active: ActivePlaylist = { playlist: defaultPlaylist, origin: 'default', problem: null };
  let closed = false;

  const lastGood = await readLastGood(lastGoodFile);

  function publish(next: ActivePlaylist): void {
    if (isDeepStrictEqual(next, active)) return;
    active = next;
    for (const listener of listeners) listener(active);
  }

  // One read at a time: the watcher and the poll may fire together.
  let queue: Promise<void> = Promise.resolve();
  const reload = (): Promise<void> => (queue = queue.then(readAndApply, readAndApply));

  async function readAndApply(): Promise<void> {
    const read = await readText(file);
    if (read.kind === 'text' && read.text === lastText) return;
    lastText = read.kind === 'text' ? read.text : null;

    if (read.kind === 'missing') {
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

  // Coalesce the burst of events an editor's save produces into one read.
  let debounce: NodeJS.Timeout | undefined;
  const scheduleReload = () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => void reload().catch(() => undefined), 150);
  };
  let watcher: FSWatcher | undefined;
  try {
    // Watch the folder, not the file: editors and atomic writers replace the file by rename.
    watcher = watch(dirname(file), (_event, name) => {
      if (name === null || name === basename(file)) scheduleReload();
    });
    watcher.on('error', () => undefined);
  } catch (error) {
    logger.warn(
      'playlist-watch-failed',
      `cannot watch ${dirname(file)} (${describeFsError(error)}); checking every few seconds instead`,
    );
  }
  const poll = setInterval(scheduleReload, options.pollIntervalMs ?? 5000);
  poll.unref();

  return {
    current: () => active,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload,
    close() {
      if (closed) return;
      closed = true;
      clearTimeout(debounce);
      clearInterval(poll);
      watcher?.close();
    },
  };
}

async function readText(file: string): Promise<FileRead> {
  try {
    return { kind: 'text', text: await readFile(file, 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', reason: describeFsError(error) };
  }
}

async function readLastGood(file: string): Promise<Playlist | null> {
  const read = await readText(file);
  if (read.kind !== 'text') return null;
  const checked = parsePlaylist(read.text);
  return checked.ok ? checked.value : null;
}

/**
 * Saving playlist.json from the console: atomic, checked against the revision
 * the edit started from, and with the previous version kept in DATA/history/
 * (the last 20), so a save can be undone — and an undo undone again. A failed
 * save leaves playlist.json as it was. The screens follow through the
 * playlist store's watcher (or its reload(), which the API calls at once).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PLAYLIST_HISTORY_LIMIT, type PlaylistHistoryEntry } from '../../core/api/playlist-api';
import { parsePlaylist } from '../../core/playlist/parse';
import type { Playlist } from '../../core/playlist/schema';
import { writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../fs-errors';
import type { Logger } from '../logger';

/** The revision of a missing playlist.json (the bundled default plays). */
export const NO_FILE_REVISION = 'none';

/** What a save or an undo came to. */
export type HistoryResult =
  { ok: true; revision: string } | { ok: false; kind: 'conflict' | 'empty' | 'failed'; error: string };

/** Saves, history and undo of playlist.json. */
export interface PlaylistHistory {
  /** The revision of playlist.json as it is on disk now. */
  revision(): Promise<string>;
  /** Replaces playlist.json with `playlist` if it is still at `baseRevision`, keeping the old one. */
  save(playlist: Playlist, baseRevision: string): Promise<HistoryResult>;
  /** Kept versions, newest first. */
  list(): Promise<PlaylistHistoryEntry[]>;
  /** Puts back the newest kept version (and keeps the one it replaces, so undo is undoable). */
  undo(): Promise<HistoryResult>;
}

export interface PlaylistHistoryOptions {
  /** DATA/playlist.json. */
  file: string;
  /** DATA/history. */
  historyDir: string;
  logger: Logger;
  now?: () => Date;
  limit?: number;
}

/** A short, stable name for some file contents. */
export function revisionOf(text: string | null): string {
  return text === null ? NO_FILE_REVISION : createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The text Pano writes for a playlist. */
export function playlistText(playlist: Playlist): string {
  return `${JSON.stringify(playlist, null, 2)}\n`;
}

const ENTRY_NAME = /^(\d{15})-[0-9a-f]{8}\.json$/;

/** Opens the history of `file`. */
export function openPlaylistHistory(options: PlaylistHistoryOptions): PlaylistHistory {
  const { file, historyDir, logger } = options;
  const now = options.now ?? (() => new Date());
  const limit = options.limit ?? PLAYLIST_HISTORY_LIMIT;

  // One change at a time: two saves racing on the same base must not both pass the revision check.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function readCurrent(): Promise<string | null> {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async function entryNames(): Promise<string[]> {
    const names = await readdir(historyDir).catch(() => [] as string[]);
    return names.filter((name) => ENTRY_NAME.test(name)).sort((a, b) => (a < b ? 1 : -1));
  }

  /** Keeps `text` as the newest history entry; returns its path. */
  async function keep(text: string): Promise<string> {
    await mkdir(historyDir, { recursive: true }).catch(async (error: NodeJS.ErrnoException) => {
      // Node's recursive mkdir reports a read-only disk as ENOENT ("not found"); the plain one names the real cause.
      if (error.code === 'ENOENT') await mkdir(historyDir);
      throw error;
    });
    const stamp = String(now().getTime()).padStart(15, '0');
    const path = join(historyDir, `${stamp}-${randomBytes(4).toString('hex')}.json`);
    await writeFileAtomic(path, text);
    return path;
  }

  async function prune(): Promise<void> {
    for (const name of (await entryNames()).slice(limit)) await rm(join(historyDir, name), { force: true });
  }

  /** Writes `text` as playlist.json after keeping `previous`; on failure nothing but a stray entry changed. */
  async function replace(text: string, previous: string | null, what: string): Promise<HistoryResult> {
    let kept: string | null = null;
    try {
      if (previous !== null) kept = await keep(previous);
      await writeFileAtomic(file, text);
    } catch (error) {
      if (kept) await rm(kept, { force: true }); // the old playlist.json is still in place: no copy needed
      const reason = describeFsError(error);
      logger.error('playlist-save-failed', `cannot ${what} ${file} (${reason}); the previous playlist stays`);
      return { ok: false, kind: 'failed', error: `cannot save the playlist (${reason})` };
    }
    await prune().catch(() => undefined);
    return { ok: true, revision: revisionOf(text) };
  }

  return {
    revision: async () => revisionOf(await readCurrent()),

    save: (playlist, baseRevision) =>
      serial(async () => {
        const current = await readCurrent();
        if (revisionOf(current) !== baseRevision) {
          return { ok: false, kind: 'conflict', error: 'the playlist was changed since it was opened; reload it' };
        }
        const result = await replace(playlistText(playlist), current, 'save');
        if (result.ok) logger.info('playlist-saved', `playlist saved from the console: ${playlist.items.length} items`);
        return result;
      }),

    list: async () => {
      const entries: PlaylistHistoryEntry[] = [];
      for (const name of (await entryNames()).slice(0, limit)) {
        const savedAt = new Date(Number(ENTRY_NAME.exec(name)?.[1])).toISOString();
        const text = await readFile(join(historyDir, name), 'utf8').catch(() => null);
        const parsed = text === null ? null : parsePlaylist(text);
        entries.push({
          id: name.slice(0, -'.json'.length),
          savedAt,
          items: parsed?.ok ? parsed.value.items.length : 0,
          summary: parsed?.ok ? summarise(parsed.value) : 'cannot be read as a playlist',
        });
      }
      return entries;
    },

    undo: () =>
      serial(async () => {
        for (const name of await entryNames()) {
          const path = join(historyDir, name);
          const text = await readFile(path, 'utf8').catch(() => null);
          if (text === null || !parsePlaylist(text).ok) continue; // a damaged copy is skipped, not played
          const result = await replace(text, await readCurrent(), 'restore');
          if (!result.ok) return result;
          await rm(path, { force: true });
          logger.info('playlist-undone', `playlist restored from the copy of ${name}`);
          return result;
        }
        return { ok: false, kind: 'empty', error: 'there is no earlier version to go back to' };
      }),
  };
}

/** "5 items, 2 scheduled playlists, 3 slogans". */
function summarise(playlist: Playlist): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [count(playlist.items.length, 'item', 'items')];
  if (playlist.playlists?.length)
    parts.push(count(playlist.playlists.length, 'scheduled playlist', 'scheduled playlists'));
  if (playlist.marquee) parts.push(count(playlist.marquee.text.length, 'slogan', 'slogans'));
  return parts.join(', ');
}

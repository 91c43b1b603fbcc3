/**
 * The data directory deleted or unmounted under a running store (the data-dir-deleted fault drill): the screen
 * keeps the playlist it plays, marked last-good with a problem naming the folder, instead of dropping to the
 * bundled defaults as if an operator had removed playlist.json.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLogger } from '../../../../main/services/logger';
import { openPlaylistStore, type PlaylistStore } from '../../../../main/services/playlist/playlist-store';
import { CONGRESS_WEEK, DEFAULT_PLAYLIST, parsed } from './playlist-fixtures';

let root: string;
let dataDir: string;
let lines: string[];
let store: PlaylistStore | undefined;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pano-data-dir-deleted-'));
  dataDir = join(root, 'data');
  await mkdir(dataDir);
  lines = [];
  store = undefined;
});

afterEach(async () => {
  await store?.close();
  await rm(root, { recursive: true, force: true });
});

/** A store laid out as the host lays it out: the kept copy lives inside the data directory too. */
async function open(): Promise<PlaylistStore> {
  const sink = lines;
  store = await openPlaylistStore({
    file: join(dataDir, 'playlist.json'),
    lastGoodFile: join(dataDir, 'state', 'last-good-playlist.json'),
    defaultPlaylist: DEFAULT_PLAYLIST,
    logger: createLogger({ writeLine: (line) => sink.push(line) }),
    pollIntervalMs: 60 * 60 * 1000,
  });
  return store;
}

it('keeps playing the playlist, as last-good with a problem naming the folder, when the data dir is deleted', async () => {
  await writeFile(join(dataDir, 'playlist.json'), CONGRESS_WEEK);
  const running = await open();
  expect(running.current().origin).toBe('file');

  await rm(dataDir, { recursive: true, force: true });
  await running.reload();

  const active = running.current();
  expect(active.playlist).toEqual(parsed(CONGRESS_WEEK));
  expect(active.origin).toBe('last-good');
  expect(active.problem).toContain(dataDir);
  expect(active.problem).toMatch(/gone/);
  expect(lines.some((line) => line.startsWith('pano: error:') && line.includes(dataDir))).toBe(true);
}, 10_000);

it('plays playlist.json again once the data dir is back', async () => {
  await writeFile(join(dataDir, 'playlist.json'), CONGRESS_WEEK);
  const running = await open();
  await rm(dataDir, { recursive: true, force: true });
  await running.reload();
  expect(running.current().origin).toBe('last-good');

  await mkdir(dataDir);
  await writeFile(join(dataDir, 'playlist.json'), CONGRESS_WEEK);
  await running.reload();

  expect(running.current()).toEqual({ playlist: parsed(CONGRESS_WEEK), origin: 'file', problem: null });
}, 10_000);

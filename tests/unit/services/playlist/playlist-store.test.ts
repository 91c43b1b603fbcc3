import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../../../main/services/logger';
import {
  openPlaylistStore,
  type ActivePlaylist,
  type PlaylistStore,
} from '../../../../main/services/playlist/playlist-store';
import { CONGRESS_WEEK, DEFAULT_PLAYLIST, parsed } from './playlist-fixtures';

const WORKERS_MONTH = `{
  "version": 1,
  "items": [
    { "id": "thang-cong-nhan", "type": "image", "src": "bk2", "durationS": 12 },
    { "id": "tin", "type": "news", "durationS": 12 }
  ]
}
`;
// An operator's slip: a slide with no time on screen.
const INVALID = `{
  "version": 1,
  "items": [
    { "id": "dai-hoi", "type": "image", "src": "bk3", "durationS": 0 }
  ]
}
`;

let dir: string;
let file: string;
let lastGoodFile: string;
let lines: string[];
const stores: PlaylistStore[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-playlist-store-'));
  file = join(dir, 'playlist.json');
  lastGoodFile = join(dir, 'state', 'last-good-playlist.json');
  lines = [];
});

afterEach(async () => {
  for (const store of stores.splice(0)) store.close();
  await rm(dir, { recursive: true, force: true });
});

/** Opens a store on the temp dir; only the watcher (not the safety-net poll) notices changes by itself. */
async function open(): Promise<PlaylistStore> {
  const sink = lines; // bound now, so a late line from a closed store never lands in another test
  const store = await openPlaylistStore({
    file,
    lastGoodFile,
    defaultPlaylist: DEFAULT_PLAYLIST,
    logger: createLogger({ writeLine: (line) => sink.push(line) }),
    pollIntervalMs: 60 * 60 * 1000,
  });
  stores.push(store);
  return store;
}

/** Replaces the file the way atomic writers and many editors do: a temp file beside it, then rename. */
async function replaceByRename(text: string): Promise<void> {
  const temp = join(dir, '.playlist.json.tmp');
  await writeFile(temp, text);
  await rename(temp, file);
}

describe('playlist store', () => {
  it('plays the bundled default playlist when playlist.json is missing', async () => {
    const store = await open();
    expect(store.current()).toEqual({ playlist: DEFAULT_PLAYLIST, origin: 'default', problem: null });
  });

  it('plays a valid playlist.json', async () => {
    await writeFile(file, CONGRESS_WEEK);
    const store = await open();
    expect(store.current()).toEqual({ playlist: parsed(CONGRESS_WEEK), origin: 'file', problem: null });
  });

  it('tells listeners about the new playlist when the file is replaced and re-read', async () => {
    await writeFile(file, CONGRESS_WEEK);
    const store = await open();
    const changes: ActivePlaylist[] = [];
    store.onChange((active) => changes.push(active));

    await writeFile(file, WORKERS_MONTH);
    await store.reload();

    expect(changes.at(-1)).toEqual({ playlist: parsed(WORKERS_MONTH), origin: 'file', problem: null });
    expect(store.current().playlist.items.map((item) => item.id)).toEqual(['thang-cong-nhan', 'tin']);
  });

  it('notices by itself when the file is atomically replaced by a rename', async () => {
    await writeFile(file, CONGRESS_WEEK);
    const store = await open();
    const changes: ActivePlaylist[] = [];
    store.onChange((active) => changes.push(active));

    await replaceByRename(WORKERS_MONTH);

    await vi.waitFor(() => expect(changes.at(-1)?.playlist).toEqual(parsed(WORKERS_MONTH)), {
      timeout: 8000,
      interval: 100,
    });
    expect(changes.at(-1)?.origin).toBe('file');
  });

  it('keeps the last valid playlist playing when the file becomes invalid, and logs file, field and why once', async () => {
    await writeFile(file, CONGRESS_WEEK);
    const store = await open();
    const changes: ActivePlaylist[] = [];
    store.onChange((active) => changes.push(active));
    lines.splice(0);

    await writeFile(file, INVALID);
    await store.reload();
    await store.reload(); // the poll re-reading the same broken file must not repeat the log line

    expect(store.current().playlist).toEqual(parsed(CONGRESS_WEEK));
    expect(store.current().problem).toContain('items[0].durationS: must be greater than 0');
    expect(changes.at(-1)?.problem).toContain('items[0].durationS');

    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toContain('items[0].durationS');
    expect(lines[0]).toContain('must be greater than 0');
    // Nobody's work is lost: the invalid file is left as the operator wrote it.
    expect(await readFile(file, 'utf8')).toBe(INVALID);
  });

  it('plays the valid playlist again as soon as the file is fixed', async () => {
    await writeFile(file, CONGRESS_WEEK);
    const store = await open();
    await writeFile(file, INVALID);
    await store.reload();

    await writeFile(file, WORKERS_MONTH);
    await store.reload();
    expect(store.current()).toEqual({ playlist: parsed(WORKERS_MONTH), origin: 'file', problem: null });
  });

  it('after a restart with the invalid file still there, plays the kept last valid playlist, not the default', async () => {
    await writeFile(file, CONGRESS_WEEK);
    (await open()).close();
    await writeFile(file, INVALID);

    const restarted = await open();
    expect(restarted.current().origin).toBe('last-good');
    expect(restarted.current().playlist).toEqual(parsed(CONGRESS_WEEK));
    expect(restarted.current().problem).toContain('items[0].durationS');
    expect(lines.filter((line) => line.includes('items[0].durationS'))).toHaveLength(1);
  });

  it('plays the default, with the problem named, when the very first playlist.json is invalid', async () => {
    await writeFile(file, '{ "version": 1, "items": [ { "id": "bk1", "type": "image", "src": "bk1", "durationS": 8 } ');
    const store = await open();
    expect(store.current().origin).toBe('default');
    expect(store.current().playlist).toEqual(DEFAULT_PLAYLIST);
    expect(store.current().problem).toMatch(/not valid JSON/);
  });

  it('goes back to the bundled default when playlist.json is deleted', async () => {
    await writeFile(file, CONGRESS_WEEK);
    const store = await open();
    await rm(file);
    await store.reload();
    expect(store.current()).toEqual({ playlist: DEFAULT_PLAYLIST, origin: 'default', problem: null });
  });

  it('does not flash the default playlist when an editor deletes and recreates playlist.json', async () => {
    await writeFile(file, CONGRESS_WEEK);
    const store = await open();
    const seen: ActivePlaylist[] = [];
    store.onChange((active) => seen.push(active));
    await rm(file);
    const reloading = store.reload();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await writeFile(file, WORKERS_MONTH);
    await reloading;
    await store.reload();
    expect(seen.map((active) => active.origin)).toEqual(['file']);
    expect(store.current().playlist.items[0]?.id).toBe('thang-cong-nhan');
    expect(lines.join('\n')).not.toContain('missing');
  });

  it('does not report a save written in two pieces as invalid', async () => {
    await writeFile(file, CONGRESS_WEEK);
    const store = await open();
    await writeFile(file, WORKERS_MONTH.slice(0, 40));
    const reloading = store.reload();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await writeFile(file, WORKERS_MONTH);
    await reloading;
    expect(store.current()).toMatchObject({ origin: 'file', problem: null });
    expect(lines.join('\n')).not.toMatch(/error/);
  });
});

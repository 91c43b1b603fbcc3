import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Playlist } from '../../../../main/core/playlist/schema';
import type * as AtomicWrite from '../../../../main/services/atomic-write';
import { createLogger } from '../../../../main/services/logger';
import { openPlaylistHistory, revisionOf } from '../../../../main/services/playlist/playlist-history';

const failWrites = vi.hoisted(() => ({ matching: null as RegExp | null }));
vi.mock('../../../../main/services/atomic-write', async (importOriginal) => {
  const real = await importOriginal<typeof AtomicWrite>();
  return {
    writeFileAtomic: async (file: string, data: string | Uint8Array) => {
      if (failWrites.matching?.test(file)) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      return real.writeFileAtomic(file, data);
    },
  };
});

const playlist = (durationS: number): Playlist =>
  ({ version: 1, items: [{ id: 'bk1', type: 'image', src: 'bk1', durationS }] }) as Playlist;

let dir: string;
let clockMs: number;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-history-'));
  clockMs = Date.parse('2023-10-20T08:00:00Z');
  failWrites.matching = null;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function open(limit?: number) {
  return openPlaylistHistory({
    file: join(dir, 'playlist.json'),
    historyDir: join(dir, 'history'),
    logger: createLogger({ writeLine: () => undefined }),
    now: () => new Date((clockMs += 1000)),
    ...(limit ? { limit } : {}),
  });
}

describe('playlist history', () => {
  it('a failed save leaves the old playlist intact and keeps no stray copy', async () => {
    const history = open();
    expect((await history.save(playlist(5), 'none')).ok).toBe(true);
    const before = await readFile(join(dir, 'playlist.json'), 'utf8');
    failWrites.matching = /playlist\.json$/;
    const failed = await history.save(playlist(9), revisionOf(before));
    expect(failed).toMatchObject({
      ok: false,
      kind: 'failed',
      error: 'cannot save the playlist (no space left on the disk)',
    });
    expect(await readFile(join(dir, 'playlist.json'), 'utf8')).toBe(before);
    expect(await history.list()).toEqual([]);
  });

  it('keeps the last 20 versions, newest first', async () => {
    const history = open();
    let revision = 'none';
    for (let i = 1; i <= 25; i++) {
      const saved = await history.save(playlist(i), revision);
      if (!saved.ok) throw new Error(saved.error);
      revision = saved.revision;
    }
    const list = await history.list();
    expect(list).toHaveLength(20);
    expect(await readdir(join(dir, 'history'))).toHaveLength(20);
    expect((list[0]?.savedAt ?? '') > (list[1]?.savedAt ?? '')).toBe(true);
  });

  it('skips a damaged kept copy when undoing', async () => {
    const history = open();
    const first = await history.save(playlist(1), 'none');
    const second = await history.save(playlist(2), first.ok ? first.revision : '');
    await history.save(playlist(3), second.ok ? second.revision : '');
    const [newest] = await readdir(join(dir, 'history')).then((names) => names.sort().reverse());
    await writeFile(join(dir, 'history', newest!), '{"version":');
    expect((await history.undo()).ok).toBe(true);
    expect(JSON.parse(await readFile(join(dir, 'playlist.json'), 'utf8'))).toMatchObject({ items: [{ durationS: 1 }] });
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { playlistResponseSchema } from '../../../../../main/core/api/playlist-api';
import { snapshot, startKit, type Kit } from './api-test-kit';

let kit: Kit;
let session: { cookie: string; csrf: string };
beforeEach(async () => {
  kit = await startKit();
  session = await kit.signIn();
});
afterEach(() => kit.close());

const congress = (durationS = 10) => ({
  version: 1,
  items: [
    { id: 'dai-hoi', type: 'image', src: 'bk3', durationS },
    { id: 'bk1', type: 'image', src: 'bk1', durationS: 6 },
    { id: 'tin', type: 'news', durationS: 12 },
  ],
  marquee: { text: ['Chào mừng Đại hội XIII Công đoàn Việt Nam'], speedPxPerS: 100 },
});

async function load() {
  const response = await kit.asConsole(session, { method: 'GET', url: '/api/playlist' });
  return playlistResponseSchema.parse(response.json());
}
const save = (playlist: object, baseRevision: string) =>
  kit.asConsole(session, { method: 'PUT', url: '/api/playlist', payload: { playlist, baseRevision } });

describe('playlist over the API', () => {
  it('saves, reaches the store at once, and keeps the replaced version for undo (itself undoable)', async () => {
    const first = await load();
    expect(first.origin).toBe('default');
    const saved = await save(congress(), first.revision);
    expect(saved.statusCode).toBe(200);
    // No waiting for the watcher: the store was told right after the write.
    expect(kit.api.playlist.current().playlist.items.map((item) => item.id)).toEqual(['dai-hoi', 'bk1', 'tin']);

    const second = await load();
    expect(second.revision).toBe(saved.json<{ revision: string }>().revision);
    expect((await save(congress(20), second.revision)).statusCode).toBe(200);
    const history = (await kit.asConsole(session, { method: 'GET', url: '/api/playlist/history' })).json<
      { summary: string }[]
    >();
    expect(history).toHaveLength(1); // the first save replaced no file
    expect(history[0]?.summary).toBe('3 items, 1 slogan');

    const undone = await kit.asConsole(session, { method: 'POST', url: '/api/playlist/undo' });
    expect(undone.statusCode).toBe(200);
    expect(kit.api.playlist.current().playlist.items[0]).toMatchObject({ durationS: 10 });
    const redone = await kit.asConsole(session, { method: 'POST', url: '/api/playlist/undo' });
    expect(redone.statusCode).toBe(200);
    expect(kit.api.playlist.current().playlist.items[0]).toMatchObject({ durationS: 20 });
  });

  it('a save from a stale revision is refused with 409 and changes nothing', async () => {
    const first = await load();
    await save(congress(), first.revision);
    const before = await snapshot(kit.data);
    const stale = await save(congress(30), first.revision);
    expect(stale.statusCode).toBe(409);
    expect(await snapshot(kit.data)).toEqual(before);
  });

  it('every bad field is named, and nothing is written', async () => {
    const { revision } = await load();
    const before = await snapshot(kit.data);
    const bad = congress();
    (bad.items[2] as { durationS: number }).durationS = 0;
    (bad.items[0] as Record<string, unknown>).colour = 'red';
    const response = await save(bad, revision);
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: string; problems: { field: string; message: string }[] }>();
    expect(body.problems).toEqual(
      expect.arrayContaining([
        { field: 'playlist.items[2].durationS', message: 'must be greater than 0' },
        { field: 'playlist.items[0].colour', message: 'is not a known field' },
      ]),
    );
    expect(body.error).toContain('playlist.items[2].durationS: must be greater than 0');
    const noBase = await kit.asConsole(session, {
      method: 'PUT',
      url: '/api/playlist',
      payload: { playlist: congress() },
    });
    expect(noBase.json<{ problems: { field: string }[] }>().problems[0]?.field).toBe('baseRevision');
    expect(await snapshot(kit.data)).toEqual(before);
  });

  it('undo with no history says so', async () => {
    const response = await kit.asConsole(session, { method: 'POST', url: '/api/playlist/undo' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ error: 'there is no earlier version to go back to' });
  });

  it('the file on disk is the validated document', async () => {
    const { revision } = await load();
    await save(congress(), revision);
    const onDisk = JSON.parse(await readFile(join(kit.data, 'playlist.json'), 'utf8')) as { items: unknown[] };
    expect(onDisk.items).toHaveLength(3);
  });
});

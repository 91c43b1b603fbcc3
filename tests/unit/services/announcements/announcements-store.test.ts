import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Announcement } from '../../../../main/core/announcements';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  announcementStates,
  nextAnnouncementEndMs,
  openAnnouncementsStore,
  type AnnouncementsStore,
} from '../../../../main/services/announcements/announcements-store';
import { createLogger } from '../../../../main/services/logger';

const NOW = new Date('2023-10-20T02:00:00Z'); // 09:00 in Bắc Kạn
let dir: string;
let file: string;
let lines: string[];
const opened: AnnouncementsStore[] = [];

const announcement = (id: string, endsAt = '2023-10-20T17:00:00+07:00', extra: object = {}) => ({
  id,
  mode: 'banner',
  title: `Thông báo ${id}`,
  startsAt: '2023-10-20T08:00:00+07:00',
  endsAt,
  ...extra,
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-announcements-'));
  file = join(dir, 'announcements.json');
  lines = [];
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  await rm(dir, { recursive: true, force: true });
});

async function open(): Promise<AnnouncementsStore> {
  const store = await openAnnouncementsStore({
    file,
    logger: createLogger({ writeLine: (line) => lines.push(line) }),
    now: () => NOW,
  });
  opened.push(store);
  return store;
}

describe('announcements store', () => {
  it('adds, replaces by id and removes, and the list survives a restart', async () => {
    const store = await open();
    let changes = 0;
    store.onChange(() => changes++);
    expect(await store.add(announcement('hop'))).toMatchObject({ ok: true });
    expect(await store.add(announcement('hop', undefined, { title: 'Họp toàn thể', mode: 'takeover' }))).toMatchObject({
      ok: true,
    });
    expect(await store.add(announcement('mat-dien'))).toMatchObject({ ok: true });
    expect(await store.remove('mat-dien')).toMatchObject({ ok: true });
    expect(changes).toBe(4);
    await store.close();
    const again = await open();
    expect(again.list()).toEqual([{ ...announcement('hop'), title: 'Họp toàn thể', mode: 'takeover', body: '' }]);
  });

  it('refuses an invalid announcement with the field and why, changing nothing', async () => {
    const store = await open();
    const result = await store.add(announcement('x', '2023-10-20T07:00:00+07:00'));
    expect(result).toEqual({ ok: false, error: expect.stringContaining('endsAt: must be after startsAt') });
    expect(await store.add({ ...announcement('y'), mode: 'popup' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('mode: must be one of takeover, banner'),
    });
    expect(await store.replaceAll([announcement('a'), announcement('a')])).toMatchObject({
      ok: false,
      error: expect.stringContaining('"a" is used twice'),
    });
    expect(await store.remove('khong-co')).toMatchObject({ ok: false, error: expect.stringContaining('id:') });
    expect(store.list()).toEqual([]);
  });

  it('prunes ended announcements on write and keeps the previous file as .bak', async () => {
    const store = await open();
    await store.replaceAll([announcement('cu', '2023-10-20T08:30:00+07:00'), announcement('moi')]);
    expect(store.list().map((a) => a.id)).toEqual(['moi']);
    await store.add(announcement('them'));
    const backup = JSON.parse(await readFile(`${file}.bak`, 'utf8')) as { announcements: { id: string }[] };
    expect(backup.announcements.map((a) => a.id)).toEqual(['moi']);
  });

  it('sets an invalid file aside at start, logged with the field, and starts empty', async () => {
    await writeFile(file, JSON.stringify({ version: 1, announcements: [{ ...announcement('a'), title: '' }] }));
    const store = await open();
    expect(store.list()).toEqual([]);
    expect(lines.join('\n')).toContain('announcements[0].title');
    expect((await readdir(dir)).some((name) => name.startsWith('announcements.json.invalid-'))).toBe(true);
  });

  it('takes an edit on disk, and keeps what is in force when the edit is broken', async () => {
    const store = await open();
    await store.add(announcement('a'));
    const changed = new Promise<void>((resolve) => store.onChange(resolve));
    await writeFile(file, JSON.stringify({ version: 1, announcements: [announcement('b')] }));
    await changed;
    expect(store.list().map((a) => a.id)).toEqual(['b']);
    await writeFile(file, '{"version":1,');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(store.list().map((a) => a.id)).toEqual(['b']);
    expect(lines.join('\n')).toContain('is not JSON');
  });

  it('gives screens the announcements not yet ended, and the next end for the host timer', () => {
    const list: Announcement[] = [
      { ...announcement('a', '2023-10-20T08:30:00+07:00'), mode: 'banner', body: '' },
      { ...announcement('b', '2023-10-20T17:00:00+07:00'), mode: 'banner', body: '' },
      { ...announcement('c', '2023-10-20T12:00:00+07:00'), mode: 'banner', body: 'Hội trường tầng 2' },
    ];
    const states = announcementStates(list, NOW.getTime());
    expect(states.map((a) => a.id)).toEqual(['b', 'c']);
    expect(states[1]).toEqual({
      id: 'c',
      mode: 'banner',
      title: 'Thông báo c',
      body: 'Hội trường tầng 2',
      startsAtMs: Date.UTC(2023, 9, 20, 1, 0),
      endsAtMs: Date.UTC(2023, 9, 20, 5, 0),
    });
    expect(nextAnnouncementEndMs(list, NOW.getTime())).toBe(Date.UTC(2023, 9, 20, 5, 0));
    expect(nextAnnouncementEndMs([], NOW.getTime())).toBeNull();
  });
});

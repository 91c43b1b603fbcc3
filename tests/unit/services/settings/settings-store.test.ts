import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../main/core/settings';
import { createLogger } from '../../../../main/services/logger';
import { openSettingsStore } from '../../../../main/services/settings/settings-store';

const NOW = new Date('2024-02-03T01:00:00.000Z');

let dir: string;
let file: string;
let lines: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-settings-store-'));
  file = join(dir, 'settings.json');
  lines = [];
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function open() {
  const sink = lines;
  return openSettingsStore(dir, file, createLogger({ writeLine: (line) => sink.push(line) }), () => NOW);
}

const invalidCopies = async () => (await readdir(dir)).filter((name) => name.startsWith('settings.json.invalid-'));

describe('settings store', () => {
  it('uses the defaults on a screen nobody has configured', async () => {
    const store = await open();
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads the settings a technician saved', async () => {
    await writeFile(file, JSON.stringify({ displayIndex: 1, timezone: 'Asia/Bangkok', showClock: false }, null, '\t'));
    const store = await open();
    expect(store.get()).toMatchObject({
      displayIndex: 1,
      timezone: 'Asia/Bangkok',
      showClock: false,
      feed: DEFAULT_SETTINGS.feed,
    });
  });

  it('moves a corrupt settings.json aside with its bytes kept, uses the defaults and names the file in the log', async () => {
    const corrupt = '{ "displayIndex": 1, "timezone": "Asia/Ho_Chi_Minh", \u0000\u0000\u0000';
    await writeFile(file, corrupt);

    const store = await open();

    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    const copies = await invalidCopies();
    expect(copies).toHaveLength(1);
    expect(await readFile(join(dir, copies[0] as string), 'utf8')).toBe(corrupt);
    const errorLines = lines.filter((line) => line.startsWith('pano: error:'));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toContain(file);
    expect(errorLines[0]).toContain(copies[0]);
  });

  it('moves aside a settings.json with a wrong value, naming the field in the log', async () => {
    const wrong = JSON.stringify({ displayIndex: -2, timezone: 'Asia/Ho_Chi_Minh' });
    await writeFile(file, wrong);

    const store = await open();

    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    const copies = await invalidCopies();
    expect(copies).toHaveLength(1);
    expect(await readFile(join(dir, copies[0] as string), 'utf8')).toBe(wrong);
    expect(lines.join('\n')).toContain('displayIndex');
  });

  it('saves a valid change so it is still there after a restart', async () => {
    const store = await open();
    const feed = { ...DEFAULT_SETTINGS.feed, url: 'https://congdoanbackan.org.vn/rss/tin-tuc' };
    const result = store.update({ feed, showClock: false });
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, feed, showClock: false } });

    const restarted = await open();
    expect(restarted.get()).toMatchObject({ feed, showClock: false });
    expect(await invalidCopies()).toEqual([]);
  });

  it.each([
    [{ timezone: 'Asia/Bac_Kan' }, 'timezone'],
    [{ displayIndex: -1 }, 'displayIndex'],
    [{ feed: { ...DEFAULT_SETTINGS.feed, url: 'ftp://congdoanbackan.org.vn/rss' } }, 'feed.url'],
  ])('refuses the change %o, naming the field and leaving the file as it was', async (patch, field) => {
    const store = await open();
    expect(store.update({ displayIndex: 1 }).ok).toBe(true);
    const before = await readFile(file, 'utf8');

    const result = store.update(patch as Parameters<typeof store.update>[0]);

    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(new RegExp(`^${field}: `));
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, displayIndex: 1 });
  });

  it('refuses an unknown setting, naming it', async () => {
    const store = await open();
    const result = store.update({ timeZone: 'Asia/Bangkok' } as never);
    expect(result).toEqual({ ok: false, error: 'timeZone: is not a known field' });
  });

  it('keeps answering with the defaults when settings.json is broken by hand while the screen runs', async () => {
    const store = await open();
    expect(store.update({ displayIndex: 1 }).ok).toBe(true);
    await writeFile(file, '{ "displayIndex": 1, "showClock": "yes" }');

    expect(() => store.get()).not.toThrow();
    expect(() => store.update({ showClock: false })).not.toThrow();
  });

  it('does not overwrite a hand-edited invalid settings.json without keeping a copy', async () => {
    const store = await open();
    expect(store.update({ displayIndex: 1 }).ok).toBe(true);
    const handEdited = '{ "displayIndex": 1, "timezone": "Asia/Bac_Kan" }';
    await writeFile(file, handEdited);

    store.update({ showClock: false });

    const copies = await Promise.all((await invalidCopies()).map((name) => readFile(join(dir, name), 'utf8')));
    expect([await readFile(file, 'utf8'), ...copies]).toContain(handEdited);
  });

  it('answers a feed address with Vietnamese letters in its path with a value, never an exception', async () => {
    const store = await open();
    const feed = { ...DEFAULT_SETTINGS.feed, url: 'https://congdoanbackan.org.vn/tin-tức/rss' };
    let result: ReturnType<typeof store.update> | undefined;
    expect(() => (result = store.update({ feed }))).not.toThrow();
    expect(result?.ok || result?.error.startsWith('feed.url: ')).toBe(true);
  });

  it('starts with a settings.json whose feed address has Vietnamese letters in its path', async () => {
    await writeFile(file, JSON.stringify({ feed: { url: 'https://congdoanbackan.org.vn/tin-tức/rss' } }));
    const store = await open();
    expect(() => store.get()).not.toThrow();
  });
});

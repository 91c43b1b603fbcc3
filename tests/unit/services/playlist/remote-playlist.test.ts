import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../main/services/logger';
import {
  openRemotePlaylist,
  type RemotePlaylist,
  type RemotePlaylistSettings,
} from '../../../../main/services/playlist/remote-playlist';
import { startFeedServer, type FeedServer } from '../../../support/feed-server';

const document = (...ids: string[]) =>
  JSON.stringify({
    version: 1,
    items: ids.map((id) => ({ id, type: 'image', src: id, durationS: 8 })),
    marquee: { text: ['Chào mừng Đại hội'] },
  });

let dir: string;
let stateFile: string;
let server: FeedServer;
let lines: string[];
let settings: RemotePlaylistSettings;
const opened: RemotePlaylist[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-remote-playlist-'));
  stateFile = join(dir, 'state', 'remote-playlist.json');
  server = await startFeedServer({ feed: document('bk1', 'bk2') });
  lines = [];
  settings = { url: server.url('/playlist.json'), pollIntervalMin: 5 };
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((service) => service.close()));
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function open(): Promise<RemotePlaylist> {
  const service = await openRemotePlaylist({
    stateFile,
    settings: () => settings,
    logger: createLogger({ writeLine: (line) => lines.push(line) }),
    random: () => 0.5,
  });
  opened.push(service);
  await service.refreshNow(); // the first poll, started by open, has ended
  return service;
}
const ids = (service: RemotePlaylist) => service.current()?.items.map((item) => item.id) ?? null;

describe('remote playlist', () => {
  it('plays the fetched playlist, saves it, and says once that playlist.json is left alone', async () => {
    const service = await open();
    expect(ids(service)).toEqual(['bk1', 'bk2']);
    expect(service.status()).toMatchObject({ url: settings.url, lastError: null, lastSuccessAt: expect.any(String) });
    expect(JSON.parse(await readFile(stateFile, 'utf8'))).toMatchObject({
      url: settings.url,
      playlist: { version: 1 },
    });
    expect(lines.filter((line) => line.includes('playlist.json is left alone'))).toHaveLength(1);
  });

  it('asks conditionally and treats a 304 as a success that changes nothing', async () => {
    const service = await open();
    let changes = 0;
    service.onChange(() => changes++);
    await service.refreshNow();
    const last = server.requests().at(-1);
    expect(last?.headers['if-none-match']).toBeTruthy();
    expect(changes).toBe(0);
    server.setFeed(document('bk3'));
    await service.refreshNow();
    expect(changes).toBe(1);
    expect(ids(service)).toEqual(['bk3']);
  });

  it.each([
    [
      'an invalid document, naming the field',
      () => server.setFeed('{"version":1,"items":[{"id":"x","type":"image"}]}'),
      'items[0].src',
    ],
    ['a document that is not JSON', () => server.setFeed('{"version":1,'), 'not a valid playlist'],
    ['a captive portal', () => server.setMode('captive-portal'), 'web page'],
    ['a server error', () => server.setMode('server-error'), '500'],
    ['a server that is gone', () => server.setMode('not-found'), '404'],
  ])('never lets %s replace the playlist in force, and logs it once', async (_what, breakIt, reason) => {
    const service = await open();
    breakIt();
    await service.refreshNow();
    await service.refreshNow();
    expect(ids(service)).toEqual(['bk1', 'bk2']);
    expect(service.status().lastError).toContain(reason);
    expect(lines.filter((line) => line.includes('remote-playlist-failed') || line.includes(reason))).toHaveLength(1);
  });

  it('plays the saved playlist at start while the server is unreachable', async () => {
    await (await open()).close();
    server.setMode('server-error');
    const restarted = await open();
    expect(ids(restarted)).toEqual(['bk1', 'bk2']);
    expect(restarted.status().lastError).toContain('500');
  });

  it('has no playlist in force without a URL, or before any good document', async () => {
    settings = { url: null, pollIntervalMin: 5 };
    expect((await open()).current()).toBeNull();
    settings = { url: server.url('/playlist.json'), pollIntervalMin: 5 };
    server.setMode('captive-portal');
    expect((await open()).current()).toBeNull();
  });

  it('follows a change of URL at once, and stops when the URL is removed', async () => {
    const service = await open();
    let changes = 0;
    service.onChange(() => changes++);
    settings = { url: null, pollIntervalMin: 5 };
    service.reconfigure();
    expect(service.current()).toBeNull();
    expect(changes).toBe(1);
    server.setFeed(document('bk4'));
    settings = { url: server.url('/khac.json'), pollIntervalMin: 5 };
    service.reconfigure();
    await service.refreshNow();
    expect(ids(service)).toEqual(['bk4']);
  });

  it('sets aside a corrupt state file and starts without it', async () => {
    await (await open()).close();
    await writeFile(stateFile, '{"version":1,"url":');
    server.setMode('server-error');
    const restarted = await open();
    expect(restarted.current()).toBeNull();
    expect((await readdir(join(dir, 'state'))).some((name) => name.includes('.invalid-'))).toBe(true);
  });
});

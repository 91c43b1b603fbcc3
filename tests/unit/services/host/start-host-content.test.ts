import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { healthSchema } from '../../../../main/core/health';
import type { RunningHost } from '../../../../main/services/host/host-api';
import { startHost } from '../../../../main/services/host/start-host';
import { createLogger } from '../../../../main/services/logger';
import { startFeedServer, type FeedServer } from '../../../support/feed-server';
import { mp4Bytes } from '../../../fixtures/video/video-bytes';

const ASSETS_DIR = fileURLToPath(new URL('../../../../assets', import.meta.url));
const WAIT = { timeout: 8000, interval: 50 };

let dir: string;
let dataDir: string;
let lines: string[];
let host: RunningHost | undefined;
let server: FeedServer | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-start-host-content-'));
  dataDir = join(dir, 'data');
  await mkdir(join(dir, 'renderer', 'player'), { recursive: true });
  await writeFile(join(dir, 'renderer', 'player', 'index.html'), '<!doctype html><title>Pano</title>');
  await mkdir(join(dataDir, 'media'), { recursive: true });
  lines = [];
});

afterEach(async () => {
  await host?.close();
  host = undefined;
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function start(): Promise<RunningHost> {
  const sink = lines;
  host = await startHost(
    { dataDir, port: 0, host: '127.0.0.1', rendererDir: join(dir, 'renderer'), assetsDir: ASSETS_DIR, version: 't' },
    createLogger({ writeLine: (line) => sink.push(line) }),
  );
  return host;
}

describe('startHost: remote playlist, announcements, videos', () => {
  it('plays the remote playlist while its URL is set, leaves playlist.json alone and says so in /healthz', async () => {
    server = await startFeedServer({
      feed: JSON.stringify({ version: 1, items: [{ id: 'tu-xa', type: 'image', src: 'bk4', durationS: 9 }] }),
    });
    const local = JSON.stringify({ version: 1, items: [{ id: 'tai-cho', type: 'image', src: 'bk2', durationS: 8 }] });
    await writeFile(join(dataDir, 'playlist.json'), local);
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ remotePlaylist: { url: server.url('/p.json') } }));
    const running = await start();
    await vi.waitFor(() => expect(running.getState().slides.map((s) => s.itemId)).toEqual(['tu-xa']), WAIT);
    const health = healthSchema.parse(await (await fetch(`${running.url}/healthz`)).json());
    expect(health.playlist).toMatchObject({ origin: 'remote', items: 1, problem: null });
    expect(lines.join('\n')).toContain('playlist.json is left alone');
    expect(await readdir(join(dataDir, 'state'))).toContain('remote-playlist.json');
    expect(await readFile(join(dataDir, 'playlist.json'), 'utf8')).toBe(local);

    // A captive portal later on changes nothing on screen.
    server.setMode('captive-portal');
    await running.refreshRemotePlaylist();
    expect(running.getState().slides.map((s) => s.itemId)).toEqual(['tu-xa']);
    expect(running.remotePlaylistStatus().lastError).toContain('web page');
  }, 15_000);

  it('plays playlist.json and says in /healthz why, while the remote playlist set was never usable', async () => {
    server = await startFeedServer({ mode: 'captive-portal' });
    const local = JSON.stringify({ version: 1, items: [{ id: 'tai-cho', type: 'image', src: 'bk2', durationS: 8 }] });
    await writeFile(join(dataDir, 'playlist.json'), local);
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ remotePlaylist: { url: server.url('/p.json') } }));
    const running = await start();
    await vi.waitFor(() => expect(running.remotePlaylistStatus().lastError).toContain('web page'), WAIT);
    expect(running.getState().slides.map((s) => s.itemId)).toEqual(['tai-cho']);
    const health = healthSchema.parse(await (await fetch(`${running.url}/healthz`)).json());
    expect(health.status).toBe('degraded');
    expect(health.playlist.origin).toBe('file');
    expect(health.playlist.problem).toMatch(
      /^the remote playlist cannot be used \(.*web page.*\); playing playlist\.json$/,
    );
  }, 15_000);

  it('carries announcements to the screens and drops one from the state when it ends', async () => {
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    await writeFile(
      join(dataDir, 'announcements.json'),
      JSON.stringify({
        version: 1,
        announcements: [
          { id: 'sap-het', mode: 'banner', title: 'Mất điện 9 giờ', startsAt: at(-60_000), endsAt: at(1_200) },
          { id: 'hop', mode: 'takeover', title: 'Họp toàn thể', startsAt: at(60_000), endsAt: at(3_600_000) },
        ],
      }),
    );
    const running = await start();
    expect(running.getState().announcements.map((a) => a.id)).toEqual(['sap-het', 'hop']);
    await vi.waitFor(() => expect(running.getState().announcements.map((a) => a.id)).toEqual(['hop']), WAIT);

    const added = await running.announcements.add({
      id: 'moi',
      mode: 'banner',
      title: 'Chào mừng Đại hội',
      startsAt: at(0),
      endsAt: at(60_000),
    });
    expect(added.ok).toBe(true);
    await vi.waitFor(() => expect(running.getState().announcements.map((a) => a.id)).toEqual(['moi', 'hop']), WAIT);
  }, 15_000);

  it('plays a library video for its own length, and the 30 s fallback with a warning when it has none', async () => {
    await writeFile(join(dataDir, 'media', 'dai-hoi.mp4'), mp4Bytes({ timescale: 600, duration: 57_288 }));
    await writeFile(join(dataDir, 'media', 'khong-ro.mp4'), mp4Bytes({ duration: 0xffffffff }));
    await writeFile(
      join(dataDir, 'playlist.json'),
      JSON.stringify({
        version: 1,
        items: [
          { id: 'bk1', type: 'image', src: 'bk1', durationS: 8 },
          { id: 'phim', type: 'video', src: 'dai-hoi.mp4' },
          { id: 'phim-2', type: 'video', src: 'khong-ro.mp4' },
        ],
      }),
    );
    const running = await start();
    await vi.waitFor(() => expect(running.getState().slides).toHaveLength(3), WAIT);
    expect(running.getState().slides[1]).toMatchObject({
      kind: 'video',
      src: expect.stringMatching(/^\/media\/library\/dai-hoi\.mp4\?v=/),
      durationMs: 95_480,
      muted: true,
    });
    expect(running.getState().slides[2]).toMatchObject({ kind: 'video', durationMs: 30_000 });
    expect(lines.filter((line) => line.includes('video "khong-ro.mp4" does not say how long'))).toHaveLength(1);
    const response = await fetch(`${running.url}${(running.getState().slides[1] as { src: string }).src}`, {
      headers: { range: 'bytes=0-15' },
    });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-type')).toBe('video/mp4');
  }, 15_000);
});

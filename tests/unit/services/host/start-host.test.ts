import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { healthSchema } from '../../../../main/core/health';
import type { PlayerState } from '../../../../main/core/player-state';
import type { RunningHost } from '../../../../main/services/host/host-api';
import { startHost } from '../../../../main/services/host/start-host';
import { createLogger } from '../../../../main/services/logger';

const ASSETS_DIR = fileURLToPath(new URL('../../../../assets', import.meta.url));
const PLAYER_PAGE =
  '<!doctype html><html lang="vi"><head><title>Pano</title></head><body><div id="root"></div></body></html>';
const CONGRESS_WEEK = {
  version: 1,
  items: [
    { id: 'dai-hoi', type: 'image', src: 'bk3', durationS: 10 },
    { id: 'bk1', type: 'image', src: 'bk1', durationS: 6 },
  ],
  marquee: { text: ['Chào mừng Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023-2028!'] },
};

/** The bundled playlist as it plays on a fresh install: bk1–bk5, then the sample article. */
const DEFAULT_ROTATION = ['bk1', 'bk2', 'bk3', 'bk4', 'bk5', 'tin-dai-hoi'];

let dir: string;
let dataDir: string;
let rendererDir: string;
let lines: string[];
let host: RunningHost | undefined;
const readers: AbortController[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-start-host-'));
  dataDir = join(dir, 'data');
  rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'player'), { recursive: true });
  await writeFile(join(rendererDir, 'player', 'index.html'), PLAYER_PAGE);
  lines = [];
  host = undefined;
});

afterEach(async () => {
  for (const reader of readers.splice(0)) reader.abort();
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(port = 0): Promise<RunningHost> {
  const sink = lines;
  host = await startHost(
    { dataDir, port, host: '127.0.0.1', rendererDir, assetsDir: ASSETS_DIR, version: '0.1.0-test' },
    createLogger({ writeLine: (line) => sink.push(line) }),
  );
  return host;
}

async function writePlaylistAtomically(document: object): Promise<void> {
  const temp = join(dataDir, `.playlist.json.${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(temp, JSON.stringify(document, null, 2));
  await rename(temp, join(dataDir, 'playlist.json'));
}

/** Reads server-sent events from /events; `next()` resolves with each `state` event's data. */
async function openEvents(url: string) {
  const controller = new AbortController();
  readers.push(controller);
  const response = await fetch(`${url}/events`, { signal: controller.signal });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    response,
    /** The first text received, before any parsing. */
    async raw(): Promise<string> {
      while (!buffer.includes('\n\n')) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
      }
      return buffer;
    },
    async next(): Promise<PlayerState> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event: state$/m.test(frame)) {
            const data = frame
              .split('\n')
              .filter((line) => line.startsWith('data: '))
              .map((line) => line.slice('data: '.length))
              .join('\n');
            return JSON.parse(data) as PlayerState;
          }
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the event stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    },
  };
}

/** Whether a fresh server can listen on `port` right now. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

describe('startHost', () => {
  it('answers /healthz with the fields of contract.md', async () => {
    const running = await start();
    const response = await fetch(`${running.url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as unknown;

    expect(healthSchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      status: 'ok',
      version: '0.1.0-test',
      // bk1–bk5 and the bundled sample article: a fresh install has news to show offline.
      playlist: { items: 6, slides: 6, origin: 'default', problem: null },
      feed: { url: null, origin: 'sample', lastSuccessAt: null, lastError: null, items: 1, stale: false },
    });
    expect((body as { uptimeS: number }).uptimeS).toBeGreaterThanOrEqual(0);
  });

  it('prints a URL with the real port when asked for port 0', async () => {
    const running = await start(0);
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(running.url).not.toMatch(/:0$/);
  });

  it('serves the player page with the content security policy', async () => {
    const running = await start();
    const response = await fetch(`${running.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(PLAYER_PAGE);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers 401 on the operator API without credentials and changes nothing', async () => {
    const running = await start();
    expect((await fetch(`${running.url}/api/anything`)).status).toBe(401);
    const put = await fetch(`${running.url}/api/playlist`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(CONGRESS_WEEK),
    });
    expect(put.status).toBe(401);
    await expect(readFile(join(dataDir, 'playlist.json'))).rejects.toThrow();
    expect(running.getState().slides.map((s) => s.itemId)).toEqual(DEFAULT_ROTATION);
  });

  it('starts the event stream with the current state', async () => {
    const running = await start();
    const events = await openEvents(running.url as string);
    expect(events.response.headers.get('content-type')).toMatch(/^text\/event-stream/);

    expect(await events.raw()).toMatch(/^retry: \d+\nevent: state\ndata: \{/);
    expect(await events.next()).toEqual(running.getState());
  });

  it('pushes a new state with the new slides when playlist.json is replaced', async () => {
    const running = await start();
    const before = running.getState();
    const events = await openEvents(running.url as string);
    await events.next();
    const pushed: PlayerState[] = [];
    running.onState((state) => pushed.push(state));

    await writePlaylistAtomically(CONGRESS_WEEK);

    await vi.waitFor(() => expect(pushed.at(-1)?.slides.map((s) => s.id)).toEqual(['dai-hoi', 'bk1']), {
      timeout: 9000,
      interval: 100,
    });
    const state = pushed.at(-1) as PlayerState;
    expect(state.revision).toBeGreaterThan(before.revision);
    expect(state.slides.map((s) => [s.kind === 'image' ? s.src : s.itemId, s.durationMs])).toEqual([
      ['/media/bundled/bk3.jpg', 10_000],
      ['/media/bundled/bk1.jpg', 6000],
    ]);
    expect(state.marquee.slogans).toEqual(['Chào mừng Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023-2028!']);
    // Screens on the event stream get it too.
    expect(await events.next()).toEqual(state);
  }, 15_000);

  it('reports an invalid playlist.json in /healthz while the default keeps playing', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'playlist.json'), JSON.stringify({ ...CONGRESS_WEEK, loop: true }));
    const running = await start();

    const body = (await (await fetch(`${running.url}/healthz`)).json()) as {
      status: string;
      playlist: { origin: string; problem: string };
    };
    expect(body.status).toBe('degraded');
    expect(body.playlist.origin).toBe('default');
    expect(body.playlist.problem).toContain('loop: is not a known field');
    expect(running.getState().slides.map((s) => s.itemId)).toEqual(DEFAULT_ROTATION);
  });

  it('uses the time zone given for this run instead of the stored one', async () => {
    const sink = lines;
    host = await startHost(
      {
        dataDir,
        port: 0,
        host: '127.0.0.1',
        rendererDir,
        assetsDir: ASSETS_DIR,
        version: '0.1.0-test',
        timezone: 'Asia/Bangkok',
      },
      createLogger({ writeLine: (line) => sink.push(line) }),
    );
    expect(host.getState().timezone).toBe('Asia/Bangkok');
    expect(((await (await fetch(`${host.url}/healthz`)).json()) as { timezone: string }).timezone).toBe('Asia/Bangkok');
  });

  it('plays the bundled defaults from a temporary folder when the data directory is unusable, naming it', async () => {
    await writeFile(dataDir, 'not a folder');
    const running = await start();
    expect(running.getState().slides.map((s) => s.itemId)).toEqual(DEFAULT_ROTATION);
    expect(running.dataDir).not.toBe(dataDir);
    expect(lines.join('\n')).toContain(
      `the data directory ${dataDir} is a file, not a folder; playing the bundled defaults`,
    );
    const health = healthSchema.parse(await (await fetch(`${running.url as string}/healthz`)).json());
    expect(health.status).toBe('degraded');
    expect(health.dataDir.problem).toContain(dataDir);
    await running.close();
    await rm(running.dataDir, { recursive: true, force: true });
  });

  it('resumes the rotation where it was after a restart (a power cut does not send the hall back to bk1)', async () => {
    const first = await start();
    const epochMs = first.getState().epochMs;
    await first.close();
    host = undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await start();
    expect(second.getState().epochMs).toBe(epochMs);
  });

  it('frees its port when closed', async () => {
    const running = await start();
    const port = Number(new URL(running.url as string).port);
    await expect(running.close()).resolves.toBeUndefined();
    await expect(running.close()).resolves.toBeUndefined();
    expect(await portIsFree(port)).toBe(true);
  });

  it('refuses to start on a port already in use, saying so and pointing at --port', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as AddressInfo).port;
    try {
      const failure = start(port);
      await expect(failure).rejects.toThrow(/in use/);
      await expect(failure).rejects.toThrow(/--port/);
      await expect(failure).rejects.toThrow(String(port));
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });

  it('for the kiosk (httpRequired: false), a port in use costs the console but the screen still gets its state', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as AddressInfo).port;
    try {
      const sink = lines;
      host = await startHost(
        {
          dataDir,
          port,
          host: '127.0.0.1',
          rendererDir,
          assetsDir: ASSETS_DIR,
          version: '0.1.0-test',
          httpRequired: false,
        },
        createLogger({ writeLine: (line) => sink.push(line) }),
      );
      expect(host.url).toBeNull();
      expect(host.getState().slides.map((s) => s.itemId)).toEqual(DEFAULT_ROTATION);
      expect(await host.resolveMedia('/media/bundled/bk1.jpg')).not.toBeNull();
      expect(lines.join('\n')).toMatch(new RegExp(`port ${port} .*in use.*console and /healthz are unavailable`));
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });

  it('pushes a settings.json change (clock, time zone) to the screens without a restart', async () => {
    const running = await start();
    const pushed: PlayerState[] = [];
    running.onState((state) => pushed.push(state));
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ timezone: 'Asia/Bangkok', showClock: false }));
    await vi.waitFor(() => expect(pushed.at(-1)).toMatchObject({ timezone: 'Asia/Bangkok', showClock: false }), {
      timeout: 8000,
      interval: 100,
    });
  }, 15_000);

  it('shows a picture copied into the media library after the playlist named it', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(
      join(dataDir, 'playlist.json'),
      JSON.stringify({ version: 1, items: [{ id: 'anh', type: 'image', src: 'hoi-nghi.jpg', durationS: 8 }] }),
    );
    const running = await start();
    expect(running.getState().slides[0]).toMatchObject({ src: '/media/bundled/standby.jpg' });
    await writeFile(join(dataDir, 'media', 'hoi-nghi.jpg'), await readFile(join(ASSETS_DIR, 'slides', 'bk2.jpg')));
    await vi.waitFor(
      () =>
        expect(running.getState().slides[0]).toMatchObject({
          src: expect.stringMatching(/^\/media\/library\/hoi-nghi\.jpg\?v=/),
        }),
      {
        timeout: 8000,
        interval: 100,
      },
    );
  }, 15_000);

  it('answers 401 on /api before looking at the body, whatever the body', async () => {
    const running = await start();
    const api = `${running.url as string}/api/playlist`;
    const answers = await Promise.all([
      fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' }),
      fetch(api, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: '<x/>' }),
      fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2_000_000) }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401]);
  });

  it('logs what a screen reports on one line, so a report cannot forge log lines', async () => {
    const running = await start();
    const response = await fetch(`${running.url as string}/player/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'render-error', message: 'oops\npano: playlist.json loaded: 99 items' }),
    });
    expect(response.status).toBe(204);
    expect(lines.filter((line) => line.includes('99 items'))).toHaveLength(1);
    expect(lines.some((line) => line.startsWith('pano: playlist.json loaded'))).toBe(false);
  });

  it('keeps answering /healthz and pushing playlist changes after settings.json is broken by hand', async () => {
    const running = await start();
    const pushed: PlayerState[] = [];
    running.onState((state) => pushed.push(state));
    await writeFile(join(dataDir, 'settings.json'), '{ "displayIndex": 1, "showClock": "có" }');

    await writePlaylistAtomically(CONGRESS_WEEK);
    await vi.waitFor(() => expect(pushed.at(-1)?.slides.map((s) => s.id)).toEqual(['dai-hoi', 'bk1']), {
      timeout: 9000,
      interval: 100,
    });
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  }, 15_000);
});

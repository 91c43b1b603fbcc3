/**
 * Every file the host keeps, damaged by hand (emptied, cut short, zeroed,
 * overwritten with garbage): the real host still starts, still plays, and says
 * which file was damaged.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { healthSchema } from '../../../main/core/health';
import type { RunningHost } from '../../../main/services/host/host-api';
import { startHost } from '../../../main/services/host/start-host';
import { createLogger } from '../../../main/services/logger';

const ASSETS_DIR = fileURLToPath(new URL('../../../assets', import.meta.url));
const PLAYER_PAGE = '<!doctype html><html lang="vi"><head><title>Pano</title></head><body></body></html>';

/** Each stored file with a plausible good version (what a hand edit or a power cut would damage). */
const STORED_FILES: Record<string, object> = {
  'settings.json': { timezone: 'Asia/Ho_Chi_Minh', showClock: true, displayIndex: 0 },
  'playlist.json': {
    version: 1,
    items: [{ id: 'dai-hoi', type: 'image', src: 'bk3', durationS: 10 }],
    marquee: { text: ['Chào mừng Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023-2028!'] },
  },
  'state/feed.json': { version: 1, url: 'http://127.0.0.1:9/rss', articles: [], fetchedAt: '2026-11-20T08:00:00.000Z' },
  'state/remote-playlist.json': { version: 1, url: 'http://127.0.0.1:9/playlist.json', playlist: null },
  'announcements.json': { version: 1, announcements: [{ id: 'hop', text: 'Họp ban chấp hành lúc 14 giờ' }] },
  'auth.json': { version: 1, passwordHash: 'scrypt$16384$8$1$c2FsdA$aGFzaA' },
  'state/last-good-playlist.json': {
    version: 1,
    items: [{ id: 'bk1', type: 'image', src: 'bk1', durationS: 6 }],
  },
};

/** The ways a file is found damaged on a kiosk after a power cut or a bad hand edit. */
const DAMAGE: Record<string, (good: Buffer) => Buffer> = {
  emptied: () => Buffer.alloc(0),
  'cut short': (good) => good.subarray(0, Math.floor(good.length / 2)),
  zeroed: (good) => Buffer.alloc(good.length),
  garbage: (good) => Buffer.from(Array.from({ length: good.length }, (_, index) => (index * 131 + 7) % 256)),
};

let dir: string;
let dataDir: string;
let rendererDir: string;
let host: RunningHost | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-corrupt-'));
  dataDir = join(dir, 'data');
  rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'player'), { recursive: true });
  await writeFile(join(rendererDir, 'player', 'index.html'), PLAYER_PAGE);
  host = undefined;
});

afterEach(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a stored file damaged by hand', () => {
  for (const [name, good] of Object.entries(STORED_FILES)) {
    for (const [how, damage] of Object.entries(DAMAGE)) {
      it(`${name} ${how}: the host starts, plays and names the file`, async () => {
        const path = join(dataDir, name);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, damage(Buffer.from(`${JSON.stringify(good, null, 2)}\n`)));
        // The last good playlist only matters when playlist.json is broken too: that is when it would be read.
        if (name === 'state/last-good-playlist.json') await writeFile(join(dataDir, 'playlist.json'), '{');

        const lines: string[] = [];
        host = await startHost(
          { dataDir, port: 0, host: '127.0.0.1', rendererDir, assetsDir: ASSETS_DIR, version: '0.1.0-test' },
          createLogger({ writeLine: (line) => lines.push(line) }),
        );

        expect(host.getState().slides.length).toBeGreaterThan(0);
        const baseName = name.split('/').pop() as string;
        expect(
          lines.some((line) => /warn|error/.test(line) && line.includes(baseName)),
          `no warning names ${baseName}; the host said:\n${lines.join('\n')}`,
        ).toBe(true);
        const health = healthSchema.parse(await (await fetch(`${host.url}/healthz`)).json());
        if (name === 'playlist.json' || name === 'state/last-good-playlist.json') {
          expect(health.status).toBe('degraded');
          expect(health.playlist.problem).toBeTruthy();
        }
      });
    }
  }
});

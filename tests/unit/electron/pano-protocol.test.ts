/** The pano:// handler end to end, with Electron's protocol and net replaced by plain Node equivalents. */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PLAYER_CSP } from '../../../main/core/content-security-policy';
import type { Logger } from '../../../main/services/logger';

const handlers = vi.hoisted(() => new Map<string, (request: Request) => Promise<Response>>());
vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => handlers.set(scheme, handler),
    registerSchemesAsPrivileged: () => {},
  },
  // Electron's net.fetch reads file:// URLs; here, the same from disk.
  net: {
    fetch: async (url: string) => {
      const body = await readFile(fileURLToPath(url));
      return new Response(body, { headers: { 'content-length': String(body.length) } });
    },
  },
}));

const { handlePanoProtocol } = await import('../../../main/electron/pano-protocol');

let root: string;
const errors: string[] = [];
const log: Logger = { info: () => {}, warn: () => {}, error: (_event, message) => errors.push(message) };
const get = (url: string, method = 'GET') =>
  (handlers.get('pano') as (r: Request) => Promise<Response>)(new Request(url, { method }));

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pano-protocol-'));
  await mkdir(join(root, 'renderer', 'player'), { recursive: true });
  await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
  await mkdir(join(root, 'media'), { recursive: true });
  await writeFile(join(root, 'renderer', 'player', 'index.html'), '<!doctype html><title>Pano</title>');
  await writeFile(join(root, 'renderer', 'assets', 'player.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'not for the screen');
  await writeFile(join(root, 'media', 'bk1.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  handlePanoProtocol({
    rendererDir: join(root, 'renderer'),
    resolveMedia: async (urlPath) =>
      urlPath === '/media/bundled/bk1.jpg'
        ? { filePath: join(root, 'media', 'bk1.jpg'), contentType: 'image/jpeg' }
        : null,
    log,
  });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the pano:// protocol', () => {
  it('serves the player page at pano://app/ with the CSP', async () => {
    const response = await get('pano://app/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(PLAYER_CSP);
    expect(await response.text()).toContain('<title>Pano</title>');
  });

  it('serves scripts as JavaScript (module scripts are refused otherwise)', async () => {
    const response = await get('pano://app/assets/player.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves media the host resolves, with its type', async () => {
    const response = await get('pano://app/media/bundled/bk1.jpg');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
  });

  it.each([
    ['unknown media', 'pano://app/media/library/none.jpg'],
    ['a missing file', 'pano://app/assets/none.js'],
    ['a folder', 'pano://app/assets'],
    ['a file outside dist/renderer', 'pano://app/..%2Fsecret.txt'],
    ['another host', 'pano://elsewhere/'],
  ])('answers 404, still with the CSP, for %s', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(PLAYER_CSP);
  });

  it('takes no uploads', async () => {
    expect((await get('pano://app/', 'POST')).status).toBe(405);
  });

  it('logs a missing player page once per request, naming the file', async () => {
    await rm(join(root, 'renderer', 'player', 'index.html'));
    expect((await get('pano://app/')).status).toBe(404);
    expect(errors.at(-1)).toContain(join('player', 'index.html'));
  });
});

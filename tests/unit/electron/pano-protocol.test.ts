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
  // Electron's net.fetch reads file:// URLs; here, the same from disk — and, like Electron's file loader,
  // it ignores any Range header and answers the whole file.
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
const get = (url: string, method = 'GET', headers: Record<string, string> = {}) =>
  (handlers.get('pano') as (r: Request) => Promise<Response>)(new Request(url, { method, headers }));

/** A 100-byte "video" whose byte n is n, so a slice shows where it was cut from. */
const VIDEO = Uint8Array.from({ length: 100 }, (_, n) => n);
const VIDEO_URL = 'pano://app/media/library/phim.webm?v=1-100';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pano-protocol-'));
  await mkdir(join(root, 'renderer', 'player'), { recursive: true });
  await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
  await mkdir(join(root, 'media'), { recursive: true });
  await writeFile(join(root, 'renderer', 'player', 'index.html'), '<!doctype html><title>Pano</title>');
  await writeFile(join(root, 'renderer', 'assets', 'player.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'not for the screen');
  await writeFile(join(root, 'media', 'bk1.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  await writeFile(join(root, 'media', 'phim.webm'), VIDEO);
  handlePanoProtocol({
    rendererDir: join(root, 'renderer'),
    resolveMedia: async (urlPath) => {
      if (urlPath === '/media/bundled/bk1.jpg')
        return { filePath: join(root, 'media', 'bk1.jpg'), contentType: 'image/jpeg' };
      if (urlPath === '/media/library/phim.webm')
        return { filePath: join(root, 'media', 'phim.webm'), contentType: 'video/webm' };
      return null;
    },
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

  it('serves a whole video with its length and says it takes ranges', async () => {
    const response = await get(VIDEO_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-length')).toBe('100');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(VIDEO);
  });

  it.each([
    ['the start, as a <video> asks first', 'bytes=0-', 0, 99],
    ['the middle, as a seek asks', 'bytes=40-49', 40, 49],
    ['the end, as an MP4 with its index last is read', 'bytes=-8', 92, 99],
    ['a range that runs past the end, cut at the last byte', 'bytes=95-500', 95, 99],
  ])('answers a range at %s with 206 and exactly those bytes', async (_name, range, start, end) => {
    const response = await get(VIDEO_URL, 'GET', { range });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/100`);
    expect(response.headers.get('content-length')).toBe(String(end - start + 1));
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-type')).toBe('video/webm');
    expect(response.headers.get('content-security-policy')).toBe(PLAYER_CSP);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(VIDEO.slice(start, end + 1));
  });

  it('answers 416 with the size for a range past the end', async () => {
    const response = await get(VIDEO_URL, 'GET', { range: 'bytes=100-' });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */100');
    expect(response.headers.get('content-security-policy')).toBe(PLAYER_CSP);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it.each(['bytes=0-1,5-6', 'bytes=9-3', 'items=0-1'])(
    'serves the whole file for a range it does not take (%s)',
    async (range) => {
      const response = await get(VIDEO_URL, 'GET', { range });
      expect(response.status).toBe(200);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(VIDEO);
    },
  );

  it('answers a HEAD with a range by its headers alone', async () => {
    const response = await get(VIDEO_URL, 'HEAD', { range: 'bytes=10-19' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 10-19/100');
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('refuses a range of media the host does not know with 404', async () => {
    const response = await get('pano://app/media/library/none.webm', 'GET', { range: 'bytes=0-' });
    expect(response.status).toBe(404);
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

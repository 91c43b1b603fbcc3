import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../../../main/services/logger';
import { openRemoteImages, type RemoteImages } from '../../../../main/services/media/remote-images';
import { HTML_PAGE, JPEG_BYTES } from '../../../fixtures/images';

const MAX_BYTES = 1024 * 1024;
const TOO_LARGE = Buffer.concat([Buffer.from(JPEG_BYTES), Buffer.alloc(MAX_BYTES + 512 * 1024, 0x20)]);

let dir: string;
let cacheDir: string;
let server: Server;
let baseUrl: string;
let hits: Map<string, number>;
let lines: string[];
let available: number;
const caches: RemoteImages[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-remote-images-'));
  cacheDir = join(dir, 'cache', 'media');
  hits = new Map();
  lines = [];
  available = 0;
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/upload/2024/02/dai-hoi-xiii.png') {
      // The site says PNG, the bytes are a JPEG: Pano goes by the bytes.
      response.writeHead(200, { 'content-type': 'image/png' }).end(JPEG_BYTES);
    } else if (path === '/upload/2024/02/khong-ton-tai.jpg') {
      // Some servers answer a missing image with 200 and an HTML page.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML_PAGE);
    } else if (path === '/upload/2024/02/ban-in.jpg') {
      response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': TOO_LARGE.length }).end(TOO_LARGE);
    } else if (path === '/upload/2024/02/ban-in-chunked.jpg') {
      // No Content-Length: the size is only known while reading.
      response.writeHead(200, { 'content-type': 'image/jpeg' });
      for (let offset = 0; offset < TOO_LARGE.length; offset += 64 * 1024) {
        response.write(TOO_LARGE.subarray(offset, offset + 64 * 1024));
      }
      response.end();
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  for (const cache of caches.splice(0)) cache.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

async function open(): Promise<RemoteImages> {
  const sink = lines;
  const cache = await openRemoteImages({
    cacheDir,
    logger: createLogger({ writeLine: (line) => sink.push(line) }),
    onAvailable: () => available++,
    maxBytes: MAX_BYTES,
  });
  caches.push(cache);
  return cache;
}

const hashOf = (url: string) => createHash('sha256').update(url).digest('hex');
const waitForLine = (pattern: RegExp) =>
  vi.waitFor(() => expect(lines.some((line) => pattern.test(line))).toBe(true), { timeout: 8000, interval: 50 });

describe('remote images', () => {
  it('downloads a JPEG into the cache under a .jpg name even when its URL ends in .png', async () => {
    const cache = await open();
    const url = `${baseUrl}/upload/2024/02/dai-hoi-xiii.png`;

    expect(cache.cachedName(url)).toBeNull();
    await vi.waitFor(() => expect(available).toBe(1), { timeout: 8000, interval: 50 });

    const name = cache.cachedName(url);
    expect(name).toBe(`${hashOf(url)}.jpg`);
    expect(new Uint8Array(await readFile(join(cacheDir, name as string)))).toEqual(JPEG_BYTES);
    expect(await readdir(cacheDir)).toEqual([name]);
  });

  it('finds an image downloaded before a restart without asking the network again', async () => {
    const url = `${baseUrl}/upload/2024/02/dai-hoi-xiii.png`;
    const first = await open();
    first.cachedName(url);
    await vi.waitFor(() => expect(available).toBe(1), { timeout: 8000, interval: 50 });
    first.close();

    const restarted = await open();
    expect(restarted.cachedName(url)).toBe(`${hashOf(url)}.jpg`);
    expect(hits.get('/upload/2024/02/dai-hoi-xiii.png')).toBe(1);
  });

  it('rejects an HTML page served as an image and writes nothing', async () => {
    const cache = await open();
    const url = `${baseUrl}/upload/2024/02/khong-ton-tai.jpg`;

    expect(cache.cachedName(url)).toBeNull();
    await waitForLine(/cannot download/);

    expect(lines.find((line) => line.includes('cannot download'))).toContain(url);
    expect(lines.join('\n')).toMatch(/not a JPEG, PNG, WebP, GIF or AVIF image/);
    expect(await readdir(cacheDir)).toEqual([]);
    expect(cache.cachedName(url)).toBeNull();
    expect(available).toBe(0);
  });

  it('does not ask the server again at once after a failed download', async () => {
    const cache = await open();
    const url = `${baseUrl}/upload/2024/02/khong-ton-tai.jpg`;
    cache.cachedName(url);
    await waitForLine(/cannot download/);

    for (let i = 0; i < 5; i++) cache.cachedName(url);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(hits.get('/upload/2024/02/khong-ton-tai.jpg')).toBe(1);
  });

  it.each([
    ['that declares its size', '/upload/2024/02/ban-in.jpg'],
    ['sent without a declared size', '/upload/2024/02/ban-in-chunked.jpg'],
  ])('rejects an image larger than the limit %s and writes nothing', async (_how, path) => {
    const cache = await open();
    const url = `${baseUrl}${path}`;

    cache.cachedName(url);
    await waitForLine(/cannot download/);

    expect(lines.find((line) => line.includes('cannot download'))).toMatch(/larger than/);
    expect(await readdir(cacheDir)).toEqual([]);
    expect(cache.cachedName(url)).toBeNull();
  });
});

import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../../../main/services/logger';
import { openRemoteImages, type RemoteImages } from '../../../../main/services/media/remote-images';
import { HTML_PAGE, JPEG_BYTES } from '../../../fixtures/images';
import { imageBytes, startFeedServer, type FeedServer } from '../../../support/feed-server';

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

describe('remote images: shrinking, seeding and pruning', () => {
  let feedServer: FeedServer;
  beforeAll(async () => {
    feedServer = await startFeedServer();
  });
  afterAll(() => feedServer.close());

  const openWith = async (maxEdgePx?: number) => {
    const sink = lines;
    const cache = await openRemoteImages({
      cacheDir,
      logger: createLogger({ writeLine: (line) => sink.push(line) }),
      onAvailable: () => available++,
      ...(maxEdgePx ? { maxEdgePx } : {}),
    });
    caches.push(cache);
    return cache;
  };
  const download = async (cache: RemoteImages, url: string) => {
    const before = available;
    expect(cache.cachedName(url)).toBeNull();
    await vi.waitFor(() => expect(available).toBe(before + 1), { timeout: 8000, interval: 20 });
    const name = cache.cachedName(url) as string;
    return { name, bytes: await readFile(join(cacheDir, name)) };
  };

  it('shrinks a 4000×3000 camera JPEG so its long edge is 1920 px, still a JPEG', async () => {
    const cache = await openWith();
    const { name, bytes } = await download(cache, feedServer.url('/images/large.jpg'));
    expect(name).toMatch(/\.jpg$/);
    const shown = await sharp(bytes).metadata();
    expect([shown.format, shown.width, shown.height]).toEqual(['jpeg', 1920, 1440]);
    expect(bytes.length).toBeLessThan((await imageBytes('large.jpg')).length);
    expect(lines.join('\n')).toMatch(/shrunk from 4000×3000 to 1920×1440 px/);
  });

  it('turns an EXIF-rotated photo upright before shrinking it', async () => {
    const cache = await openWith();
    const { bytes } = await download(cache, feedServer.url('/images/rotated.jpg'));
    const shown = await sharp(bytes).metadata();
    // Stored 3000×1000 with orientation 6: shown as a 1000×3000 portrait, so 640×1920 with no tag left to apply.
    expect([shown.width, shown.height, shown.orientation ?? 1]).toEqual([640, 1920, 1]);
  });

  it('keeps the format and honours a smaller maxEdgePx', async () => {
    const cache = await openWith(100);
    const { name, bytes } = await download(cache, feedServer.url('/images/photo.png'));
    expect(name).toMatch(/\.png$/);
    const shown = await sharp(bytes).metadata();
    expect([shown.format, shown.width, shown.height]).toEqual(['png', 100, 75]);
  });

  it.each(['photo.jpg', 'animated.gif'] as const)(
    'keeps %s byte for byte (small enough, or animated)',
    async (image) => {
      const cache = await openWith(image === 'animated.gif' ? 16 : undefined);
      const { bytes } = await download(cache, feedServer.url(`/images/${image}`));
      expect(Buffer.compare(bytes, await imageBytes(image))).toBe(0);
    },
  );

  it.each([
    ['a JPEG cut short', 'truncated.jpg', /cannot be decoded as an image/],
    ['an HTML page named .jpg', 'not-an-image.jpg', /not a JPEG, PNG, WebP, GIF or AVIF image/],
  ] as const)('refuses %s and writes nothing', async (_what, image, reason) => {
    const cache = await openWith();
    expect(cache.cachedName(feedServer.url(`/images/${image}`))).toBeNull();
    await waitForLine(/cannot download/);
    expect(lines.join('\n')).toMatch(reason);
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it('seeds a bundled picture as the download of its URL, without asking the network', async () => {
    const bundled = join(dir, 'sample-image.jpg');
    await writeFile(bundled, await imageBytes('photo.jpg'));
    const url = 'https://congdoanbackan.org.vn/upload/images/anh.jpg';
    const cache = await openWith();

    expect(await cache.seed(url, bundled)).toBe(true);
    expect(cache.cachedName(url)).toBe(`${hashOf(url)}.jpg`);
    expect(Buffer.compare(await readFile(join(cacheDir, `${hashOf(url)}.jpg`)), await imageBytes('photo.jpg'))).toBe(0);

    // Already there: the cached copy (perhaps a real download) is kept.
    await writeFile(bundled, await imageBytes('photo.png'));
    expect(await cache.seed(url, bundled)).toBe(true);
    expect(await readdir(cacheDir)).toEqual([`${hashOf(url)}.jpg`]);
  });

  it('refuses to seed a file that is not an image, and says so', async () => {
    const bundled = join(dir, 'not-an-image.jpg');
    await writeFile(bundled, 'not a picture');
    const cache = await openWith();
    expect(await cache.seed('https://example.org/a.jpg', bundled)).toBe(false);
    expect(lines.join('\n')).toMatch(/cannot use the bundled picture .*not-an-image\.jpg/);
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it('prunes pictures no longer in use, and fetches one again if it comes back', async () => {
    const cache = await openWith();
    const keep = feedServer.url('/images/photo.jpg');
    const drop = feedServer.url('/images/photo.png');
    const kept = await download(cache, keep);
    const dropped = await download(cache, drop);

    cache.retain([keep, 'https://example.org/never-downloaded.jpg']);
    // The file goes first and the log line after the last removal settles: wait for both.
    await vi.waitFor(
      async () => {
        expect(await readdir(cacheDir)).toEqual([kept.name]);
        expect(lines.join('\n')).toMatch(/removed 1 cached picture/);
      },
      { timeout: 2000 },
    );
    expect(cache.cachedName(keep)).toBe(kept.name);
    expect((await download(cache, drop)).name).toBe(dropped.name);
  });
});

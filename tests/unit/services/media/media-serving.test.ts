import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../../../main/services/http/http-server';
import { createSseHub } from '../../../../main/services/http/sse-hub';
import { createLogger } from '../../../../main/services/logger';
import { createMediaCatalog, type MediaCatalog } from '../../../../main/services/media/media-catalog';
import { createVideoProbe, type VideoProbe } from '../../../../main/services/media/video-probe';
import { JPEG_BYTES } from '../../../fixtures/images';
import { mp4Bytes, webmBytes } from '../../../fixtures/video/video-bytes';

let dir: string;
let libraryDir: string;
let app: FastifyInstance;
let catalog: MediaCatalog;
let probe: VideoProbe;
let probed: number;
let lines: string[];
const VIDEO = mp4Bytes({ timescale: 600, duration: 57_288, mediaBytes: 10_000 });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-media-serving-'));
  libraryDir = join(dir, 'data', 'media');
  const slidesDir = join(dir, 'assets', 'slides');
  const cacheDir = join(dir, 'data', 'cache');
  await Promise.all(
    [libraryDir, slidesDir, cacheDir, join(dir, 'renderer', 'assets')].map((d) => mkdir(d, { recursive: true })),
  );
  await writeFile(join(slidesDir, 'bk1.jpg'), JPEG_BYTES);
  await writeFile(join(libraryDir, 'Phim Đại hội.mp4'), VIDEO);
  await writeFile(join(dir, 'data', 'settings.json'), '{"secret":1}');
  lines = [];
  probed = 0;
  const logger = createLogger({ writeLine: (line) => lines.push(line) });
  probe = createVideoProbe({ logger, onProbed: () => probed++ });
  catalog = createMediaCatalog({
    slidesDir,
    libraryDir,
    cacheDir,
    remote: { cachedName: () => null, seed: async () => false, retain: () => undefined, close: () => undefined },
    logger,
    videos: probe,
  });
  app = await createHttpServer({
    rendererDir: join(dir, 'renderer'),
    state: () => {
      throw new Error('not used');
    },
    health: () => {
      throw new Error('not used');
    },
    metrics: async () => ({ contentType: 'text/plain', body: '' }),
    media: catalog,
    sse: createSseHub(),
    report: () => undefined,
  });
});

afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

/** The video's URL once the probe has read it, as the host's rebuild would see it. */
async function videoUrl(src: string): Promise<string | null> {
  catalog.videoUrlFor(src);
  await probe.settled();
  return catalog.videoUrlFor(src);
}

describe('library videos', () => {
  it('gives a library video a versioned URL and its real length once it has been read', async () => {
    expect(catalog.videoUrlFor('Phim Đại hội.mp4')).toBeNull(); // being read
    await probe.settled();
    expect(probed).toBe(1);
    expect(catalog.videoUrlFor('Phim Đại hội.mp4')).toMatch(
      /^\/media\/library\/Phim%20%C4%90%E1%BA%A1i%20h%E1%BB%99i\.mp4\?v=/,
    );
    expect(catalog.videoDurationMsFor('Phim Đại hội.mp4')).toBe(95_480);
  });

  it('reads a replaced file again, and refuses a file that is no video whatever its name', async () => {
    await videoUrl('Phim Đại hội.mp4');
    await writeFile(join(libraryDir, 'Phim Đại hội.mp4'), webmBytes({ durationTicks: 8_040 }));
    await utimes(join(libraryDir, 'Phim Đại hội.mp4'), new Date(), new Date(Date.now() + 5_000));
    expect(await videoUrl('Phim Đại hội.mp4')).not.toBeNull();
    expect(catalog.videoDurationMsFor('Phim Đại hội.mp4')).toBe(8_040);

    await writeFile(join(libraryDir, 'gia.mp4'), JPEG_BYTES);
    expect(await videoUrl('gia.mp4')).toBeNull();
    expect(lines.join('\n')).toContain('"gia.mp4" is not an MP4 or WebM video');
  });

  it('plays no remote, missing or escaping video, and says why once', async () => {
    expect(await videoUrl('https://congdoanbackan.org.vn/phim.mp4')).toBeNull();
    expect(await videoUrl('khong-co.mp4')).toBeNull();
    expect(await videoUrl('../settings.json')).toBeNull();
    expect(catalog.videoUrlFor('khong-co.mp4')).toBeNull();
    expect(lines).toHaveLength(3);
  });

  it('serves a video under a misleading name as what its bytes are', async () => {
    await writeFile(join(libraryDir, 'phim.MOV'), VIDEO);
    await videoUrl('phim.MOV');
    const response = await app.inject({ url: '/media/library/phim.MOV' });
    expect(response.headers['content-type']).toBe('video/mp4');
  });
});

describe('GET /media/* with ranges', () => {
  const url = `/media/library/${encodeURIComponent('Phim Đại hội.mp4')}?v=1`;

  it('sends the whole file with its type, length and Accept-Ranges', async () => {
    await videoUrl('Phim Đại hội.mp4');
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('video/mp4');
    expect(response.headers['accept-ranges']).toBe('bytes');
    expect(Number(response.headers['content-length'])).toBe(VIDEO.length);
    expect(new Uint8Array(response.rawPayload)).toEqual(VIDEO);
  });

  it.each([
    ['the start', 'bytes=0-99', 0, 99],
    ['the middle', 'bytes=1000-1999', 1000, 1999],
    ['from an offset to the end', 'bytes=9000-', 9000, VIDEO.length - 1],
    ['the last bytes', 'bytes=-500', VIDEO.length - 500, VIDEO.length - 1],
    ['past the end, cut to it', `bytes=100-${VIDEO.length + 5000}`, 100, VIDEO.length - 1],
  ])('answers 206 with Content-Range for %s', async (_what, range, start, end) => {
    const response = await app.inject({ url, headers: { range } });
    expect(response.statusCode).toBe(206);
    expect(response.headers['content-range']).toBe(`bytes ${start}-${end}/${VIDEO.length}`);
    expect(Number(response.headers['content-length'])).toBe(end - start + 1);
    expect(new Uint8Array(response.rawPayload)).toEqual(VIDEO.subarray(start, end + 1));
  });

  it('answers 416 for a range that starts past the end', async () => {
    const response = await app.inject({ url, headers: { range: `bytes=${VIDEO.length}-` } });
    expect(response.statusCode).toBe(416);
    expect(response.headers['content-range']).toBe(`bytes */${VIDEO.length}`);
  });

  it('sends the whole file for several ranges or a malformed header', async () => {
    for (const range of ['bytes=0-1,5-9', 'items=0-5', 'bytes=9-2', 'bytes=x']) {
      const response = await app.inject({ url, headers: { range } });
      expect(response.statusCode).toBe(200);
      expect(response.rawPayload.length).toBe(VIDEO.length);
    }
  });

  it('serves bundled pictures as before', async () => {
    const response = await app.inject({ url: '/media/bundled/bk1.jpg' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/jpeg');
    expect(new Uint8Array(response.rawPayload)).toEqual(new Uint8Array(JPEG_BYTES));
  });

  it('refuses traversal and symlinks out of a media folder, even with a range', async () => {
    await symlink(join(dir, 'data', 'settings.json'), join(libraryDir, 'cai-dat.mp4'));
    for (const path of [
      '/media/library/..%2Fsettings.json',
      '/media/library/%2E%2E%2F%2E%2E%2Fdata%2Fsettings.json',
      '/media/cache/..%2F..%2Fsettings.json',
      '/media/library/cai-dat.mp4',
      '/media/../data/settings.json',
    ]) {
      const response = await app.inject({ url: path, headers: { range: 'bytes=0-5' } });
      expect(response.statusCode, path).toBe(404);
      expect(response.body).not.toContain('secret');
    }
  });
});

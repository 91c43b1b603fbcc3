/**
 * File names and URLs that try to leave a folder. Uploads: nothing is written
 * outside DATA/media (a refused name writes nothing at all). /media/ and
 * /assets/ URLs: nothing outside the four media folders (or the built assets)
 * is read. A few basic cases are in tests/unit/services/media/media-serving.test.ts
 * and media-catalog.test.ts; these are the encodings and planted links.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../../main/services/http/http-server';
import { createSseHub } from '../../../main/services/http/sse-hub';
import { createLogger } from '../../../main/services/logger';
import { createMediaCatalog } from '../../../main/services/media/media-catalog';
import { JPEG_BYTES } from '../../fixtures/images';
import { mp4Bytes } from '../../fixtures/video/video-bytes';
import { snapshot, startKit, type Kit } from '../services/http/api/api-test-kit';

const SECRET = 'pano-secret-that-must-stay-home';

describe('upload file names', () => {
  let kit: Kit;
  let session: { cookie: string; csrf: string };
  beforeEach(async () => {
    kit = await startKit();
    session = await kit.signIn();
  });
  afterEach(() => kit.close());

  function upload(disposition: string, bytes: Uint8Array) {
    const boundary = '----pano-path-boundary';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\n` +
          'Content-Type: image/jpeg\r\n\r\n',
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return kit.asConsole(session, {
      method: 'POST',
      url: '/api/media',
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  }
  const quoted = (name: string) => `filename="${name}"`;

  it('a name with a folder in it, in any spelling, is refused by name and writes nothing anywhere', async () => {
    const before = await snapshot(kit.dir);
    const names = [
      quoted('../../x.jpg'),
      quoted('../../../../tmp/pano-escaped.jpg'),
      quoted('/etc/pano-escaped.jpg'),
      quoted('..\\..\\x.jpg'),
      quoted('C:\\Windows\\x.jpg'),
      quoted('media/../../auth.json'),
      quoted('.index.json'),
      quoted('..'),
      quoted('.'),
      quoted('a\u0001b.jpg'),
      `filename*=UTF-8''..%2F..%2Fx.jpg`,
      `filename*=UTF-8''%2Fetc%2Fx.jpg`,
      `filename*=UTF-8''a%00.jpg%2F..%2Fx`,
    ];
    for (const name of names) {
      const response = await upload(name, JPEG_BYTES);
      expect(response.statusCode, name).toBe(400);
      expect(response.json().error, name).toMatch(/is not a plain file name|has no file/);
    }
    expect(await snapshot(kit.dir)).toEqual(before);
  });

  it('a NUL in the name never reaches the file system: refused, or stored under the hash name only', async () => {
    const response = await upload(quoted('anh\u0000../../x.jpg'), JPEG_BYTES);
    expect([201, 400]).toContain(response.statusCode);
    for (const entry of await readdir(kit.dir, { recursive: true })) expect(entry).not.toContain('\u0000');
    if (response.statusCode === 201) expect(response.json().name).toMatch(/^[0-9a-f]{16}\.jpg$/);
  });

  it('unicode look-alikes of dots and slashes are plain names: stored inside DATA/media under the hash name', async () => {
    const lookalikes = [
      '\u2024\u2024\u2215x.jpg',
      '\uff0e\uff0e\uff0fx.jpg',
      '\u2025\u29f8x.jpg',
      'x\u2044..\u2044y.jpg',
    ];
    for (const name of lookalikes) {
      const response = await upload(quoted(name), JPEG_BYTES);
      expect(response.statusCode, name).toBe(201);
      expect(response.json().name).toMatch(/^[0-9a-f]{16}\.jpg$/);
      expect(response.json().originalName).toBe(name);
    }
    const outside = (await readdir(kit.dir, { recursive: true })).filter(
      (p) => !p.startsWith('data') && !p.startsWith('renderer'),
    );
    expect(outside).toEqual([]);
    for (const entry of await readdir(join(kit.data, 'media')))
      expect(entry).toMatch(/^([0-9a-f]{16}\.jpg|\.index\.json)$/);
  });

  it('a symlink planted at the name an upload will get is replaced, never written through', async () => {
    const target = join(kit.dir, 'outside.txt');
    await writeFile(target, SECRET);
    const video = Buffer.from(mp4Bytes({ timescale: 600, duration: 6000, mediaBytes: 2_000 }));
    const storedName = `${createHash('sha256').update(video).digest('hex').slice(0, 16)}.mp4`;
    await mkdir(join(kit.data, 'media'), { recursive: true });
    await symlink(target, join(kit.data, 'media', storedName));
    const response = await upload(quoted('Phim.mp4'), video);
    expect(response.statusCode).toBe(201);
    expect(response.json().name).toBe(storedName);
    expect(await readFile(target, 'utf8')).toBe(SECRET);
    expect((await lstat(join(kit.data, 'media', storedName))).isSymbolicLink()).toBe(false);
  });

  it('DELETE with a path, or of a planted symlink, removes nothing outside', async () => {
    const target = join(kit.dir, 'outside.txt');
    await writeFile(target, SECRET);
    await mkdir(join(kit.data, 'media'), { recursive: true });
    await symlink(target, join(kit.data, 'media', 'link.jpg'));
    for (const name of [
      '..%2F..%2Foutside.txt',
      '..%2Fauth.json',
      '%2E%2E%2Fauth.json',
      'link.jpg',
      '..%5Cauth.json',
    ]) {
      const response = await kit.asConsole(session, { method: 'DELETE', url: `/api/media/${name}` });
      expect(response.statusCode, name).toBe(404);
    }
    expect(await readFile(target, 'utf8')).toBe(SECRET);
    expect(kit.auth.passwordSet()).toBe(true);
  });
});

describe('/media/ and /assets/ URLs', () => {
  let dir: string;
  let app: FastifyInstance;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pano-path-tricks-'));
    const data = join(dir, 'data');
    const folders = {
      slides: join(dir, 'assets', 'slides'),
      library: join(data, 'media'),
      cache: join(data, 'cache', 'media'),
      outside: join(dir, 'outside'),
      built: join(dir, 'renderer', 'assets'),
    };
    for (const folder of Object.values(folders)) await mkdir(folder, { recursive: true });
    await writeFile(join(folders.slides, 'bk1.jpg'), JPEG_BYTES);
    await writeFile(join(folders.library, 'anh.jpg'), JPEG_BYTES);
    await writeFile(join(folders.built, 'app.js'), 'console.log(1)');
    await writeFile(join(data, 'auth.json'), SECRET);
    await writeFile(join(data, 'settings.json'), SECRET);
    await writeFile(join(folders.outside, 'secret.jpg'), SECRET);
    await symlink(join(folders.outside, 'secret.jpg'), join(folders.library, 'link.jpg'));
    await symlink(folders.outside, join(folders.library, 'dirlink'));
    await symlink(join(data, 'auth.json'), join(folders.cache, 'auth.jpg'));
    await writeFile(join(folders.library, '.index.json'), SECRET);
    const logger = createLogger({ writeLine: () => undefined });
    app = await createHttpServer({
      rendererDir: join(dir, 'renderer'),
      state: () => {
        throw new Error('not used');
      },
      health: () => {
        throw new Error('not used');
      },
      metrics: async () => ({ contentType: 'text/plain', body: '' }),
      media: createMediaCatalog({
        slidesDir: folders.slides,
        libraryDir: folders.library,
        cacheDir: folders.cache,
        remote: { cachedName: () => null, seed: async () => false, retain: () => undefined, close: () => undefined },
        logger,
      }),
      sse: createSseHub(),
      report: () => undefined,
    });
  });
  afterEach(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('the real files are served (so the refusals below are about the path, not a broken server)', async () => {
    for (const url of ['/media/library/anh.jpg', '/media/bundled/bk1.jpg', '/assets/app.js']) {
      expect((await app.inject({ url })).statusCode, url).toBe(200);
    }
  });

  it('encoded, double-encoded, backslashed, NUL and overlong traversals read nothing', async () => {
    const urls = [
      '/media/library/..%2f..%2fauth.json',
      '/media/library/..%2F..%2Fsettings.json',
      '/media/library/%2e%2e%2f%2e%2e%2fauth.json',
      '/media/library/%2e%2e/%2e%2e/auth.json',
      '/media/library/%252e%252e%252f%252e%252e%252fauth.json',
      '/media/library/..%252f..%252fauth.json',
      '/media/library/..%5c..%5cauth.json',
      '/media/library/..\\..\\auth.json',
      '/media/library/anh.jpg%00../../auth.json',
      '/media/library/%00',
      '/media/library/%c0%ae%c0%ae%c0%afauth.json',
      '/media/library/%uff0e%uff0e%u2215auth.json',
      '/media/library/\uff0e\uff0e\uff0fauth.json',
      '/media/cache/..%2f..%2fauth.json',
      '/media/bundled/..%2f..%2f..%2fdata%2fauth.json',
      '/media/copies/..%2fauth.json',
      '/media/library/.index.json',
      '/media/library/%2eindex.json',
      '/media/library/',
      '/media/..%2fdata%2fauth.json',
      '/media/library?../../auth.json',
      '/assets/..%2f..%2fdata%2fauth.json',
      '/assets/%2e%2e/%2e%2e/data/auth.json',
      '/assets/..%252f..%252fdata%252fauth.json',
    ];
    for (const url of urls) {
      const response = await app.inject({ url, headers: { range: 'bytes=0-' } });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.body, url).not.toContain(SECRET);
    }
  });

  it('a symlink inside a media folder (to a file or a folder outside it) is not followed', async () => {
    for (const url of [
      '/media/library/link.jpg',
      '/media/library/dirlink%2fsecret.jpg',
      '/media/library/dirlink/secret.jpg',
      '/media/cache/auth.jpg',
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain(SECRET);
    }
  });
});

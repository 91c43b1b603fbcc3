import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../main/services/logger';
import {
  createMediaCatalog,
  STANDBY_MEDIA_URL,
  type MediaCatalog,
} from '../../../../main/services/media/media-catalog';
import type { RemoteImages } from '../../../../main/services/media/remote-images';
import { JPEG_BYTES, PNG_BYTES } from '../../../fixtures/images';

const CONGRESS_PHOTO = 'Đại hội XIII Công đoàn tỉnh.jpg';
const DOWNLOADED_URL = 'https://congdoanbackan.org.vn/upload/2024/dai-hoi.png';
const DOWNLOADED_NAME = `${'3f'.repeat(32)}.jpg`;

let dir: string;
let slidesDir: string;
let libraryDir: string;
let cacheDir: string;
let lines: string[];
let catalog: MediaCatalog;

/** A cache that has already downloaded one URL and is still fetching every other one. */
const remote: RemoteImages = {
  cachedName: (url) => (url === DOWNLOADED_URL ? DOWNLOADED_NAME : null),
  seed: async () => false,
  retain: () => undefined,
  close: () => undefined,
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-media-catalog-'));
  slidesDir = join(dir, 'assets', 'slides');
  libraryDir = join(dir, 'data', 'media');
  cacheDir = join(dir, 'data', 'cache', 'media');
  await Promise.all([slidesDir, libraryDir, cacheDir].map((d) => mkdir(d, { recursive: true })));
  await writeFile(join(slidesDir, 'bk1.jpg'), JPEG_BYTES);
  await writeFile(join(cacheDir, DOWNLOADED_NAME), JPEG_BYTES);
  await writeFile(join(dir, 'data', 'settings.json'), '{}');
  lines = [];
  const sink = lines;
  catalog = createMediaCatalog({
    slidesDir,
    libraryDir,
    cacheDir,
    remote,
    logger: createLogger({ writeLine: (line) => sink.push(line) }),
  });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('media catalog: urlFor', () => {
  it('gives a bundled slide its URL', () => {
    expect(catalog.urlFor('bk1')).toBe('/media/bundled/bk1.jpg');
    expect(catalog.urlFor('bk5')).toBe('/media/bundled/bk5.jpg');
  });

  it('gives a file of the media library a URL that leads back to that file', async () => {
    await writeFile(join(libraryDir, CONGRESS_PHOTO), JPEG_BYTES);

    const url = catalog.urlFor(CONGRESS_PHOTO);

    expect(url).toMatch(new RegExp(`^/media/library/${encodeURIComponent(CONGRESS_PHOTO)}\\?v=\\d+-\\d+$`));
    expect(await catalog.resolve(url)).toEqual({
      filePath: join(libraryDir, CONGRESS_PHOTO),
      contentType: 'image/jpeg',
    });
    expect(lines).toEqual([]);
  });

  it('shows the standby card for a library file that is missing, and warns once', () => {
    expect(catalog.urlFor('anh-dai-hoi.jpg')).toBe(STANDBY_MEDIA_URL);
    expect(catalog.urlFor('anh-dai-hoi.jpg')).toBe(STANDBY_MEDIA_URL);
    expect(catalog.urlFor('anh-dai-hoi.jpg')).toBe(STANDBY_MEDIA_URL);

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^pano: warn:/);
    expect(lines[0]).toContain('anh-dai-hoi.jpg');
  });

  it('shows a library file once it has been copied in after being missing', async () => {
    expect(catalog.urlFor('anh-dai-hoi.jpg')).toBe(STANDBY_MEDIA_URL);
    await writeFile(join(libraryDir, 'anh-dai-hoi.jpg'), JPEG_BYTES);
    expect(catalog.urlFor('anh-dai-hoi.jpg')).toMatch(/^\/media\/library\/anh-dai-hoi\.jpg\?v=/);
  });

  it('gives a library file a new URL when it is replaced, so screens do not keep the old picture', async () => {
    const file = join(libraryDir, 'anh-dai-hoi.jpg');
    await writeFile(file, JPEG_BYTES);
    const before = catalog.urlFor('anh-dai-hoi.jpg');
    await writeFile(file, Buffer.concat([JPEG_BYTES, Buffer.from('a longer, newer photo')]));
    const after = catalog.urlFor('anh-dai-hoi.jpg');
    expect(after).not.toBe(before);
    expect(await catalog.resolve(after)).toEqual({ filePath: file, contentType: 'image/jpeg' });
  });

  it('finds a library file whose Vietnamese name was saved in decomposed Unicode', async () => {
    const composed = 'Ảnh Đại hội.jpg'.normalize('NFC');
    await writeFile(join(libraryDir, composed.normalize('NFD')), JPEG_BYTES);
    const url = catalog.urlFor(composed);
    expect(url).not.toBe(STANDBY_MEDIA_URL);
    expect(await catalog.resolve(url)).toEqual({
      filePath: join(libraryDir, composed.normalize('NFD')),
      contentType: 'image/jpeg',
    });
  });

  it('shows the standby card for a src that tries to leave the library', () => {
    expect(catalog.urlFor('../settings.json')).toBe(STANDBY_MEDIA_URL);
    expect(lines.join('\n')).toContain('../settings.json');
  });

  it('shows a downloaded image from the cache, and the standby card until it has arrived', () => {
    expect(catalog.urlFor(DOWNLOADED_URL)).toBe(`/media/cache/${DOWNLOADED_NAME}`);
    expect(catalog.urlFor('https://congdoanbackan.org.vn/upload/2024/chua-tai.jpg')).toBe(STANDBY_MEDIA_URL);
  });
});

describe('media catalog: resolve', () => {
  it('finds a bundled slide and a cached download', async () => {
    expect(await catalog.resolve('/media/bundled/bk1.jpg')).toEqual({
      filePath: join(slidesDir, 'bk1.jpg'),
      contentType: 'image/jpeg',
    });
    expect(await catalog.resolve(`/media/cache/${DOWNLOADED_NAME}`)).toEqual({
      filePath: join(cacheDir, DOWNLOADED_NAME),
      contentType: 'image/jpeg',
    });
  });

  it('finds nothing for a name that is not there', async () => {
    expect(await catalog.resolve('/media/library/khong-co.jpg')).toBeNull();
    expect(await catalog.resolve('/media/other/bk1.jpg')).toBeNull();
  });

  it.each([
    ['a parent folder', '/media/library/..'],
    ['a parent folder, encoded', '/media/library/%2E%2E'],
    ['an encoded slash', '/media/library/..%2Fsettings.json'],
    ['an encoded slash into a sub-folder', '/media/cache/..%2F..%2Fsettings.json'],
    ['an encoded backslash', '/media/library/..%5Csettings.json'],
    ['an absolute path', '/media/library//etc/passwd'],
    ['an encoded absolute path', '/media/library/%2Fetc%2Fpasswd'],
    ['a path outside /media', '/etc/passwd'],
    ['a broken escape', '/media/library/%E0%A4%A'],
    ['a hidden file', '/media/library/.env'],
  ])('refuses %s (%s)', async (_what, urlPath) => {
    await writeFile(join(libraryDir, '.env'), 'SECRET=1');
    expect(await catalog.resolve(urlPath)).toBeNull();
  });

  it('refuses a symlink in the library that points outside it', async () => {
    await symlink(join(dir, 'data', 'settings.json'), join(libraryDir, 'cai-dat.jpg'));
    await symlink(join(dir, 'data'), join(libraryDir, 'thu-muc'));
    expect(await catalog.resolve('/media/library/cai-dat.jpg')).toBeNull();
    expect(await catalog.resolve('/media/library/thu-muc')).toBeNull();
  });

  it('serves a PNG from the library as a PNG', async () => {
    await writeFile(join(libraryDir, 'logo-cong-doan.png'), PNG_BYTES);
    expect(await catalog.resolve('/media/library/logo-cong-doan.png')).toMatchObject({ contentType: 'image/png' });
  });

  it('shows a library photo named the way Windows names a copy, with parentheses', async () => {
    const name = 'Ảnh Đại hội (2).jpg';
    await writeFile(join(libraryDir, name), JPEG_BYTES);

    const url = catalog.urlFor(name);

    expect(url).not.toBe(STANDBY_MEDIA_URL);
    expect(await catalog.resolve(url)).toEqual({ filePath: join(libraryDir, name), contentType: 'image/jpeg' });
  });
});

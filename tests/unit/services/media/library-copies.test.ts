import { mkdir, mkdtemp, readdir, readFile, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../main/services/logger';
import { openLibraryCopies, type LibraryCopies } from '../../../../main/services/media/library-copies';
import { createMediaCatalog, type MediaCatalog } from '../../../../main/services/media/media-catalog';
import type { RemoteImages } from '../../../../main/services/media/remote-images';

const PHOTO = 'Đại hội XIII.jpg';

/** No http(s) pictures in these tests. */
const remote: RemoteImages = {
  cachedName: () => null,
  seed: async () => false,
  retain: () => undefined,
  close: () => undefined,
};

/** A camera-sized picture with real detail, so a shrunk copy is clearly smaller. */
async function photo(width: number, height: number, seed = 0): Promise<Buffer> {
  const noise = { type: 'gaussian' as const, mean: 128 + seed, sigma: 40 };
  return sharp({ create: { width, height, channels: 3, background: '#204080', noise } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

let camera4000x3000: Buffer;
let dir: string;
let libraryDir: string;
let copiesDir: string;
let lines: string[];
let available: number;
let copies: LibraryCopies;
let catalog: MediaCatalog;

beforeAll(async () => {
  camera4000x3000 = await photo(4000, 3000);
});

async function open(): Promise<void> {
  const sink = lines;
  const logger = createLogger({ writeLine: (line) => sink.push(line) });
  copies = await openLibraryCopies({
    libraryDir,
    copiesDir,
    logger,
    onAvailable: () => available++,
    maxEdgePx: 1920,
    sweepEveryMs: 0,
  });
  catalog = createMediaCatalog({
    slidesDir: join(dir, 'slides'),
    libraryDir,
    cacheDir: join(dir, 'data', 'cache', 'media'),
    remote,
    logger,
    copies,
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-library-copies-'));
  libraryDir = join(dir, 'data', 'media');
  copiesDir = join(dir, 'data', 'cache', 'library');
  await mkdir(libraryDir, { recursive: true });
  lines = [];
  available = 0;
  await open();
});

afterEach(async () => {
  copies.close();
  await copies.settled();
  await rm(dir, { recursive: true, force: true });
});

/** What a screen would get for `src` once the background work asked for by this look-up is done. */
async function urlOnceSettled(src: string): Promise<string> {
  catalog.urlFor(src);
  await copies.settled();
  return catalog.urlFor(src);
}

async function servedSize(url: string): Promise<{ width: number; height: number; filePath: string }> {
  const file = await catalog.resolve(url);
  if (!file) throw new Error(`${url} resolves to no file`);
  const { width, height } = await sharp(file.filePath).metadata();
  return { width, height, filePath: file.filePath };
}

describe('library copies', () => {
  it('shows a 4000×3000 library picture as the original at first, then through a screen-sized copy', async () => {
    await writeFile(join(libraryDir, PHOTO), camera4000x3000);
    const before = await stat(join(libraryDir, PHOTO));

    const first = catalog.urlFor(PHOTO);
    expect(first).toMatch(/^\/media\/library\//);
    await copies.settled();
    const later = catalog.urlFor(PHOTO);

    expect(available).toBe(1);
    expect(later).toMatch(/^\/media\/copies\/[0-9a-f]{64}\.jpg$/);
    const served = await servedSize(later);
    expect(served).toMatchObject({ width: 1920, height: 1440 });
    expect(served.filePath.startsWith(copiesDir)).toBe(true);
    expect((await catalog.resolve(later))?.contentType).toBe('image/jpeg');
    // The operator's file is untouched.
    expect(Buffer.compare(await readFile(join(libraryDir, PHOTO)), camera4000x3000)).toBe(0);
    expect((await stat(join(libraryDir, PHOTO))).mtimeMs).toBe(before.mtimeMs);
    expect(lines.some((line) => line.includes('4000×3000 → 1920×1440'))).toBe(true);
  });

  it('serves a picture no larger than the screen as it is, with no copy', async () => {
    await writeFile(join(libraryDir, 'nho.jpg'), await photo(1280, 720));

    const url = await urlOnceSettled('nho.jpg');

    expect(url).toMatch(/^\/media\/library\/nho\.jpg\?v=\d+-\d+$/);
    expect(await servedSize(url)).toMatchObject({ width: 1280, height: 720 });
    expect(await readdir(copiesDir)).toEqual([]);
    expect(available).toBe(0);
  });

  it('makes a new copy when the file is replaced and removes the old one', async () => {
    const file = join(libraryDir, PHOTO);
    await writeFile(file, camera4000x3000);
    const oldCopy = await urlOnceSettled(PHOTO);
    expect(oldCopy).toMatch(/^\/media\/copies\//);

    // The operator copies a portrait photo over it under the same name.
    await writeFile(file, await photo(3000, 4000, 20));
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    const whileMaking = catalog.urlFor(PHOTO);
    expect(whileMaking).toMatch(/^\/media\/library\//); // the new original, never the old picture's copy
    await copies.settled();
    const newCopy = catalog.urlFor(PHOTO);

    expect(newCopy).toMatch(/^\/media\/copies\//);
    expect(newCopy).not.toBe(oldCopy);
    expect(await servedSize(newCopy)).toMatchObject({ width: 1440, height: 1920 });
    expect(await catalog.resolve(oldCopy)).toBeNull();
    expect(await readdir(copiesDir)).toEqual([newCopy.split('/').pop()]);
  });

  it('removes the copy of a file taken out of the library', async () => {
    await writeFile(join(libraryDir, PHOTO), camera4000x3000);
    await writeFile(join(libraryDir, 'con-lai.jpg'), await photo(2500, 1000, 10));
    const removedCopy = await urlOnceSettled(PHOTO);
    const keptCopy = await urlOnceSettled('con-lai.jpg');
    expect(await readdir(copiesDir)).toHaveLength(2);

    await unlink(join(libraryDir, PHOTO));
    await urlOnceSettled('con-lai.jpg'); // any later use looks for copies of files that are gone

    expect(await catalog.resolve(removedCopy)).toBeNull();
    expect(await readdir(copiesDir)).toEqual([keptCopy.split('/').pop()]);
  });

  it('keeps a picture it cannot read on its original path and says so once', async () => {
    // A camera file cut short (the copy from the USB stick was interrupted).
    await writeFile(join(libraryDir, 'hong.jpg'), camera4000x3000.subarray(0, camera4000x3000.length / 2));

    for (let i = 0; i < 3; i++) expect(await urlOnceSettled('hong.jpg')).toMatch(/^\/media\/library\/hong\.jpg\?v=/);

    const complaints = lines.filter((line) => line.includes('"hong.jpg"'));
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatch(/cannot make a screen-sized copy.*showing the file as it is/);
    expect(await readdir(copiesDir)).toEqual([]);
  });

  it('uses copies made before a restart without making them again', async () => {
    await writeFile(join(libraryDir, PHOTO), camera4000x3000);
    const copy = await urlOnceSettled(PHOTO);
    copies.close();

    await open();

    expect(catalog.urlFor(PHOTO)).toBe(copy);
    await copies.settled();
    expect(available).toBe(1);
  });
});

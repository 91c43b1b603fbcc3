/**
 * A damaged DATA/media/.index.json (the stored-files-damaged fault drill): it holds the names files were uploaded
 * under, so the library names it in the log as it opens, and keeps a copy of it aside before the next upload
 * rewrites it.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLogger } from '../../../../main/services/logger';
import { openMediaLibrary, type MediaLibrary } from '../../../../main/services/media/media-library';

/** An index cut off mid-write, as a power cut leaves it. */
const DAMAGED_INDEX = '{\n  "version": 1,\n  "files": {\n    "3f2a9c0d1e4b5a67.jpg": { "originalName": "Đại hội';
const NOW = new Date('2023-10-20T01:02:03.456Z');

let dir: string;
let mediaDir: string;
let indexFile: string;
let lines: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-media-index-'));
  mediaDir = join(dir, 'media');
  indexFile = join(mediaDir, '.index.json');
  await mkdir(mediaDir);
  lines = [];
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function open(): Promise<MediaLibrary> {
  const sink = lines;
  return openMediaLibrary({
    dir: mediaDir,
    logger: createLogger({ writeLine: (line) => sink.push(line) }),
    now: () => NOW,
  });
}

async function smallPicture(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#c8102e' } })
    .png()
    .toBuffer();
}

async function copiesAside(): Promise<string[]> {
  return (await readdir(mediaDir)).filter((name) => name.startsWith('.index.json.damaged-'));
}

it('names the damaged index in the log as soon as the library opens', async () => {
  await writeFile(indexFile, DAMAGED_INDEX);
  await open();
  const warnings = lines.filter((line) => line.startsWith('pano: warn:') && line.includes(indexFile));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/damaged/);
});

it('keeps a copy of the damaged index that the next upload does not overwrite', async () => {
  await writeFile(indexFile, DAMAGED_INDEX);
  const library = await open();

  const stored = await library.store({ fileName: 'Hội nghị.png', stream: Readable.from([await smallPicture()]) });
  expect(stored.ok).toBe(true);

  // The upload rewrote the index with its own entry only …
  const rewritten = JSON.parse(await readFile(indexFile, 'utf8')) as { files: Record<string, unknown> };
  expect(Object.keys(rewritten.files)).toHaveLength(1);
  // … and what was there before is still on disk, byte for byte, under a dated name the log gives.
  const aside = await copiesAside();
  expect(aside).toEqual([`.index.json.damaged-2023-10-20T01-02-03-456Z`]);
  expect(await readFile(join(mediaDir, aside[0] as string), 'utf8')).toBe(DAMAGED_INDEX);
  expect(lines.some((line) => line.includes(aside[0] as string))).toBe(true);
});

it('says nothing and copies nothing for a sound index or none at all', async () => {
  await open();
  await writeFile(indexFile, '{ "version": 1, "files": {} }\n');
  const library = await open();
  await library.list();
  expect(lines.filter((line) => line.includes('.index.json'))).toEqual([]);
  expect(await copiesAside()).toEqual([]);
});

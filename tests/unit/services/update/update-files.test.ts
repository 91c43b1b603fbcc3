import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appImagePaths,
  installDownload,
  restorePrevious,
  type AppImagePaths,
} from '../../../../main/services/update/update-files';
import {
  EMPTY_UPDATE_RECORD,
  loadUpdateRecord,
  saveUpdateRecord,
  updateStatePath,
} from '../../../../main/services/update/update-state-file';
import { sha512 } from './update-server';

const OLD = Buffer.from('#!/bin/sh\necho "Pano 1.3.0"\n');
const NEW = Buffer.from('#!/bin/sh\necho "Pano 1.4.0"\n');
let dir: string;
let paths: AppImagePaths;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-update-'));
  paths = appImagePaths(dir);
  await writeFile(paths.current, OLD, { mode: 0o755 });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('AppImage files', () => {
  it('installs a verified download and keeps the old version beside it, executable', async () => {
    await writeFile(paths.incoming, NEW);
    expect(await installDownload(paths, { sha512: sha512(NEW), size: NEW.length })).toEqual({ ok: true });
    expect(await readFile(join(dir, 'Pano.AppImage'))).toEqual(NEW);
    expect(await readFile(join(dir, 'Pano.previous.AppImage'))).toEqual(OLD);
    expect((await stat(paths.current)).mode & 0o111).toBe(0o111);
    expect((await readdir(dir)).sort()).toEqual(['Pano.AppImage', 'Pano.previous.AppImage']);
  });

  it('refuses a download whose SHA-512 or size differs and replaces nothing', async () => {
    await writeFile(paths.incoming, NEW);
    const wrongHash = await installDownload(paths, { sha512: sha512('other'), size: NEW.length });
    expect(wrongHash).toEqual({
      ok: false,
      error: 'the download’s SHA-512 does not match the update server’s; it was not installed',
    });
    await writeFile(paths.incoming, NEW);
    const wrongSize = await installDownload(paths, { sha512: sha512(NEW), size: NEW.length + 1 });
    expect(wrongSize.ok).toBe(false);
    expect(await readFile(paths.current)).toEqual(OLD);
    expect(await readdir(dir)).toEqual(['Pano.AppImage']);
  });

  it('restores the previous version, or says there is none', async () => {
    expect(await restorePrevious(paths)).toEqual({
      ok: false,
      error: `there is no previous version to go back to (${paths.previous} is missing)`,
    });
    await writeFile(paths.incoming, NEW);
    await installDownload(paths, { sha512: sha512(NEW), size: NEW.length });
    expect(await restorePrevious(paths)).toEqual({ ok: true });
    expect(await readFile(paths.current)).toEqual(OLD);
  });
});

describe('DATA/state/update.json', () => {
  const NOW = Date.parse('2026-11-27T03:00:00+07:00');

  it('round-trips the record and starts empty when there is none', async () => {
    const file = updateStatePath(dir);
    expect(await loadUpdateRecord(file, NOW)).toEqual({ record: EMPTY_UPDATE_RECORD, note: null });
    const record = {
      bootHealth: {
        phase: 'pending-verification' as const,
        version: '1.4.0',
        sinceMs: NOW,
        attemptsMs: [NOW],
        goodVersion: '1.3.0',
      },
      badVersions: ['1.3.5'],
    };
    await saveUpdateRecord(file, record);
    expect(await loadUpdateRecord(file, NOW)).toEqual({ record, note: null });
  });

  it.each([['{"bootHealth": {"phase": "id'], ['{"bootHealth": {"phase": "exploded"}, "badVersions": []}']])(
    'sets a corrupt file aside and carries on empty (%#)',
    async (text) => {
      const file = updateStatePath(dir);
      await saveUpdateRecord(file, EMPTY_UPDATE_RECORD);
      await writeFile(file, text);
      const loaded = await loadUpdateRecord(file, NOW);
      expect(loaded.record).toEqual(EMPTY_UPDATE_RECORD);
      expect(loaded.note).toContain(`set aside as ${file}.corrupt-${NOW}`);
      expect(await readFile(`${file}.corrupt-${NOW}`, 'utf8')).toBe(text);
      expect(await readdir(join(dir, 'state'))).toEqual([`update.json.corrupt-${NOW}`]);
    },
  );
});

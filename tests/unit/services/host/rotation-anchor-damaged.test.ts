/**
 * A damaged DATA/state/rotation.json (the stored-files-damaged fault drill) is named in the log: screens going back
 * to the first slide after a restart had no explanation.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../../../main/services/host/host-api';
import { readRotationAnchor } from '../../../../main/services/host/rotation-anchor-file';
import { startHost } from '../../../../main/services/host/start-host';
import { createLogger } from '../../../../main/services/logger';

const ASSETS_DIR = fileURLToPath(new URL('../../../../assets', import.meta.url));

let dir: string;
let lines: string[];
let host: RunningHost | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-rotation-anchor-'));
  lines = [];
  host = undefined;
});

afterEach(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

function logger() {
  const sink = lines;
  return createLogger({ writeLine: (line) => sink.push(line) });
}

describe('reading the saved rotation anchor', () => {
  it.each([
    ['cut off mid-write', '{"rotationKey":"dai-hoi|bk1","epo'],
    ['valid JSON of the wrong shape', '{"rotationKey":"dai-hoi|bk1","epochMs":"hôm qua"}'],
  ])('names a file %s in the log and starts afresh', async (_label, text) => {
    const file = join(dir, 'rotation.json');
    await writeFile(file, text);
    expect(await readRotationAnchor(file, logger())).toBeNull();
    const warnings = lines.filter((line) => line.startsWith('pano: warn:') && line.includes(file));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/starts afresh/);
  });

  it('is quiet about a first start (no file) and resumes a sound one', async () => {
    const file = join(dir, 'rotation.json');
    expect(await readRotationAnchor(file, logger())).toBeNull();
    await writeFile(file, JSON.stringify({ rotationKey: 'dai-hoi|bk1', epochMs: 1_697_763_600_000 }));
    expect(await readRotationAnchor(file, logger())).toEqual({
      rotationKey: 'dai-hoi|bk1',
      epochMs: 1_697_763_600_000,
    });
    expect(lines).toEqual([]);
  });
});

it('a host starting on a damaged state/rotation.json names it in its log', async () => {
  const dataDir = join(dir, 'data');
  const rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'player'), { recursive: true });
  await writeFile(join(rendererDir, 'player', 'index.html'), '<!doctype html><title>Pano</title>');
  const anchorFile = join(dataDir, 'state', 'rotation.json');
  await mkdir(join(dataDir, 'state'), { recursive: true });
  await writeFile(anchorFile, '\0\0\0\0\0\0\0\0');

  host = await startHost(
    { dataDir, port: 0, host: '127.0.0.1', rendererDir, assetsDir: ASSETS_DIR, version: '0.1.0-test' },
    logger(),
  );

  expect(lines.some((line) => line.startsWith('pano: warn:') && line.includes(anchorFile))).toBe(true);
}, 20_000);

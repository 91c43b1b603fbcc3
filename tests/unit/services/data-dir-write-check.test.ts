import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataDirWriteCheck, writeCheckFile } from '../../../main/services/data-dir-write-check';
import { isLeftoverTempName } from '../../../main/services/temp-sweep';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-write-check-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the data folder write check behind /healthz', () => {
  it('finds nothing wrong with a folder that takes writes, and leaves nothing in it', async () => {
    const check = createDataDirWriteCheck(dir);
    expect(check.problem()).toBeNull();
    await check.settled();
    expect(check.problem()).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('names the folder and the cause once writes fail, and clears when they work again', async () => {
    let nowMs = 0;
    const check = createDataDirWriteCheck(dir, { minIntervalMs: 10_000, nowMs: () => nowMs });
    await rm(dir, { recursive: true }); // the folder deleted under the running host
    check.problem();
    await check.settled();
    expect(check.problem()).toBe(`the data folder ${dir} does not take writes (not found)`);

    await mkdir(dir);
    // Asked again within ten seconds: the last finding stands, no new check is made.
    nowMs = 5_000;
    expect(check.problem()).not.toBeNull();
    await check.settled();
    expect(check.problem()).not.toBeNull();
    nowMs = 10_000;
    check.problem();
    await check.settled();
    expect(check.problem()).toBeNull();
  });

  it('writes a file the start-up sweep would remove if a kill left it', () => {
    expect(isLeftoverTempName(basename(writeCheckFile(dir)))).toBe(true);
  });
});

import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kioskIdPath, loadKioskId } from '../../../../main/services/update/kiosk-id';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pano-kiosk-id-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('the kiosk id (its place in staged rollouts)', () => {
  it('is made once, kept in DATA/state/kiosk-id, and the same at every start', async () => {
    const first = await loadKioskId(dataDir);
    expect(first.note).toBeNull();
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await readFile(kioskIdPath(dataDir), 'utf8')).trim()).toBe(first.id);
    expect(await loadKioskId(dataDir, () => 'never-used-id')).toEqual({ id: first.id, note: null });
  });

  it('two kiosks get different ids', async () => {
    const other = await mkdtemp(join(tmpdir(), 'pano-kiosk-id-'));
    try {
      expect((await loadKioskId(dataDir)).id).not.toBe((await loadKioskId(other)).id);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('replaces a damaged file and says so', async () => {
    await mkdir(join(dataDir, 'state'));
    await writeFile(kioskIdPath(dataDir), '\u0000\u0000 garbage ✗');
    const loaded = await loadKioskId(dataDir, () => 'hall-replacement-1');
    expect(loaded).toEqual({
      id: 'hall-replacement-1',
      note: `${kioskIdPath(dataDir)} does not hold a kiosk id (8–64 letters, digits and hyphens); a new one was made`,
    });
    expect(await readFile(kioskIdPath(dataDir), 'utf8')).toBe('hall-replacement-1\n');
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countLoggedKinds } from '../../../../drills/faults/support/host';
import { checkStoredFiles, leftoverTemps } from '../../../../drills/faults/support/stored-files';

const PLAYLIST = { version: 1, items: [{ id: 'bk1', type: 'image', src: 'bk1', durationS: 8 }] };
let dir: string;

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the fault drills’ stored-file check', () => {
  it('passes whole files and names a truncated playlist and a damaged history version', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pano-drill-unit-'));
    await mkdir(join(dir, 'history'));
    await mkdir(join(dir, 'state'));
    const text = JSON.stringify(PLAYLIST);
    await writeFile(join(dir, 'state', 'last-good-playlist.json'), text);
    await writeFile(join(dir, 'playlist.json'), text.slice(0, text.length / 2));
    await writeFile(join(dir, 'history', '000000000000001-aa.json'), '\u0000\u0000');
    const { checked, problems } = await checkStoredFiles(dir);
    expect(checked).toBe(3);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^playlist\.json: not JSON/);
    expect(problems[1]).toMatch(/^history\/000000000000001-aa\.json: not JSON/);
  });

  it('finds the temporary files interrupted writes leave, and nothing else', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pano-drill-unit-'));
    await mkdir(join(dir, 'media'));
    await writeFile(join(dir, '.playlist.json.1a2b3c4d.tmp'), '');
    await writeFile(join(dir, 'media', '.upload-0011223344556677.tmp'), '');
    await writeFile(join(dir, 'playlist.json'), '{}');
    expect((await leftoverTemps(dir)).sort()).toEqual([
      '.playlist.json.1a2b3c4d.tmp',
      join('media', '.upload-0011223344556677.tmp'),
    ]);
  });
});

describe('the fault drills’ log counts', () => {
  it('counts warnings and errors by kind, with the temporary paths cut away', () => {
    const stderr = [
      'pano: listening on http://127.0.0.1:1234',
      'pano: error: cannot save /tmp/pano-drill-a/data/playlist.json (no space left on the disk); the previous playlist stays',
      'pano: error: cannot save /tmp/pano-drill-b/data/playlist.json (no space left on the disk); the previous playlist stays',
      'pano: warn: feed became unreachable: could not find the server',
      'pano: playlist saved from the console: 3 items',
    ].join('\n');
    expect(countLoggedKinds(stderr)).toEqual({
      'error: cannot save playlist.json': 2,
      'warn: feed became unreachable': 1,
    });
  });
});

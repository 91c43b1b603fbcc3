import { mkdtemp, mkdir, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../main/services/atomic-write';
import type { Logger } from '../../../main/services/logger';
import { isLeftoverTempName, sweepLeftoverTemps } from '../../../main/services/temp-sweep';

let dir: string | undefined;
afterEach(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

const lines: string[] = [];
const logger: Logger = { info: (_e, m) => lines.push(m), warn: () => {}, error: () => {} };

describe('leftover temp files', () => {
  it('recognises the temp names of our atomic writes and of conf, and nothing the operator owns', () => {
    expect(isLeftoverTempName('.playlist.json.1a2b3c4d.tmp')).toBe(true);
    expect(isLeftoverTempName('settings.json.tmp-1764201234abc123')).toBe(true);
    for (const name of ['playlist.json', 'bk1.tmp.jpg', 'notes.tmp', '.hidden', 'settings.json.tmp-now'])
      expect(isLeftoverTempName(name), name).toBe(false);
  });

  it('removes old leftovers from the named folders, keeps fresh ones and every real file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pano-sweep-'));
    const history = join(dir, 'history');
    await mkdir(history);
    await writeFileAtomic(join(dir, 'playlist.json'), '{"version":1}');
    const old = [join(dir, 'settings.json.tmp-1764201234abc123'), join(history, '.2026-11-27.json.deadbeef.tmp')];
    for (const file of old) {
      await writeFile(file, 'half');
      await utimes(file, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    }
    await writeFile(join(dir, '.playlist.json.0badc0de.tmp'), 'a write in progress');
    await writeFile(join(dir, 'settings.json'), '{}');

    expect(await sweepLeftoverTemps([dir, history, join(dir, 'missing')], logger)).toBe(2);
    expect((await readdir(dir)).sort()).toEqual([
      '.playlist.json.0badc0de.tmp',
      'history',
      'playlist.json',
      'settings.json',
    ]);
    expect(await readdir(history)).toEqual([]);
    expect(lines).toContain('removed 2 unfinished temporary file(s) left by an interrupted write');
  });
});

import { describe, expect, it } from 'vitest';
import { chooseKioskDataDir, kioskFallbackDataDir } from '../../../main/electron/data-dir-choice';

const usable = (ok: Set<string>) => async (dir: string) =>
  ok.has(dir) ? { ok: true as const, dir } : { ok: false as const, error: `cannot create the data directory ${dir}` };

describe('kioskFallbackDataDir', () => {
  it('is one fixed folder per user, so restarts find the same lock and log', () => {
    expect(kioskFallbackDataDir('/tmp', 1000)).toBe('/tmp/pano-fallback-1000');
    expect(kioskFallbackDataDir('/tmp', 0)).toBe('/tmp/pano-fallback-0');
    expect(kioskFallbackDataDir('C:/Temp', undefined)).toBe('C:/Temp/pano-fallback-user');
  });
});

describe('chooseKioskDataDir', () => {
  it('uses the folder asked for when it is usable', async () => {
    expect(await chooseKioskDataDir('/srv/pano', '/tmp/f', usable(new Set(['/srv/pano', '/tmp/f'])))).toEqual({
      ok: true,
      dir: '/srv/pano',
      problem: null,
    });
  });

  it('stands in with the fallback folder, keeping the reason to say', async () => {
    expect(await chooseKioskDataDir('/srv/pano', '/tmp/f', usable(new Set(['/tmp/f'])))).toEqual({
      ok: true,
      dir: '/tmp/f',
      problem: 'cannot create the data directory /srv/pano',
    });
  });

  it('fails, naming both folders, when neither is usable', async () => {
    const chosen = await chooseKioskDataDir('/srv/pano', '/tmp/f', usable(new Set()));
    expect(chosen).toEqual({
      ok: false,
      error:
        'cannot create the data directory /srv/pano, and no temporary folder could stand in for it ' +
        '(cannot create the data directory /tmp/f)',
    });
  });
});

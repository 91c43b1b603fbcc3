import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateElectron, type BinaryFs } from '../../../scripts/launcher/electron-binary';

const pkg = '/repo/node_modules/electron';
const fakeFs = (files: Record<string, string>): BinaryFs => ({
  readText: (path) => files[path] ?? null,
  exists: (path) => path in files,
});

describe('locateElectron', () => {
  it('finds the downloaded binary that path.txt names', () => {
    const fs = fakeFs({ [join(pkg, 'path.txt')]: 'electron', [join(pkg, 'dist', 'electron')]: '' });
    expect(locateElectron(pkg, {}, fs)).toEqual({ found: true, path: join(pkg, 'dist', 'electron') });
  });

  it('reports a package whose binary was never downloaded', () => {
    expect(locateElectron(pkg, {}, fakeFs({}))).toMatchObject({
      found: false,
      reason: 'the Electron binary has not been downloaded',
    });
  });

  it('reports a path.txt whose binary is gone', () => {
    const result = locateElectron(pkg, {}, fakeFs({ [join(pkg, 'path.txt')]: 'electron\n' }));
    expect(result).toMatchObject({ found: false, expected: join(pkg, 'dist', 'electron') });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as node_modules/electron does', () => {
    const fs = fakeFs({ '/opt/electron-42/electron': '' });
    expect(locateElectron(pkg, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-42' }, fs)).toEqual({
      found: true,
      path: '/opt/electron-42/electron',
    });
  });

  it('says so when the override points at nothing', () => {
    expect(locateElectron(pkg, { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }, fakeFs({}))).toMatchObject({
      found: false,
      reason: 'ELECTRON_OVERRIDE_DIST_PATH has no Electron at /nowhere/electron',
    });
  });
});

/**
 * Where the Electron executable is, decided the way node_modules/electron
 * decides it, but without its side effect: `require('electron')` from plain
 * Node starts a download when the binary is missing, and we want to choose
 * when (and how long) to try that.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file-system reads the lookup needs (injected so tests need no real files). */
export interface BinaryFs {
  readText(path: string): string | null;
  exists(path: string): boolean;
}

/** The real file system. */
export const realFs: BinaryFs = {
  readText: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
  exists: existsSync,
};

/** The Electron executable, or the path where it was expected and why it is not there. */
export type ElectronLookup = { found: true; path: string } | { found: false; expected: string; reason: string };

/**
 * Finds the executable as node_modules/electron/index.js does: path.txt names it
 * inside dist/, or inside ELECTRON_OVERRIDE_DIST_PATH when that is set.
 */
export function locateElectron(
  electronPackageDir: string,
  env: Record<string, string | undefined>,
  fs: BinaryFs = realFs,
): ElectronLookup {
  const relative = fs.readText(join(electronPackageDir, 'path.txt'))?.trim() || null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, relative ?? 'electron');
    return fs.exists(path)
      ? { found: true, path }
      : { found: false, expected: path, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron at ${path}` };
  }
  if (!relative) {
    return {
      found: false,
      expected: join(electronPackageDir, 'dist'),
      reason: 'the Electron binary has not been downloaded',
    };
  }
  const path = join(electronPackageDir, 'dist', relative);
  return fs.exists(path) ? { found: true, path } : { found: false, expected: path, reason: `${path} is missing` };
}

/**
 * Whether the Electron tests can run here, and how: the binary (found the way
 * `npm start` finds it, never by `require('electron')`, which would start a
 * download) and a display for it.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { locateElectron } from '../../scripts/launcher/electron-binary';

/** The repository root: Electron is started there with `.` as the app. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The Electron executable, or the sentence that explains why these tests are skipped. */
export function electronForTests(): { path: string } | { path: null; skipReason: string } {
  const found = locateElectron(join(REPO_ROOT, 'node_modules', 'electron'), process.env);
  if (found.found) return { path: found.path };
  const hint = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? 'Point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron 42 to run these.'
    : '(it is downloaded from GitHub at first run, unreachable here). Set ELECTRON_OVERRIDE_DIST_PATH to run these.';
  return {
    path: null,
    skipReason: `No Electron binary: ${found.reason}${process.env.ELECTRON_OVERRIDE_DIST_PATH ? '.' : ''} ${hint}`,
  };
}

/** Chromium refuses to run as root without this; CI runs as root. */
export function rootSwitches(): string[] {
  return process.getuid?.() === 0 ? ['--no-sandbox'] : [];
}

/**
 * Boots the real main process in plain Node against a fake Electron
 * (boot-kiosk.ts): the wiring order, the ready line, the pano:// page and
 * media, state over IPC, and a clean SIGTERM, on machines where no Electron
 * binary exists. tests/electron covers the same with real Electron.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYER_CSP } from '../../../main/core/content-security-policy';
import { bootKiosk, buildKioskMain, type KioskBoot } from './boot-kiosk';

let mainJs: string;
let removeBundle: () => void;
const scratch = mkdtempSync(join(tmpdir(), 'pano-main-boot-'));

beforeAll(async () => {
  ({ mainJs, remove: removeBundle } = await buildKioskMain('main-boot'));
}, 20_000);

afterAll(() => {
  removeBundle?.();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the kiosk main process (against a fake Electron)', () => {
  let boot: KioskBoot;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = join(scratch, 'data');
    boot = await bootKiosk(mainJs, ['--port', '0', '--data-dir', dataDir, '--ozone-platform=x11']);
  }, 20_000);

  it('prints exactly the ready line of contract.md on stdout', () => {
    expect(boot.stdout).toMatch(/^pano: listening on http:\/\/127\.0\.0\.1:\d+\n$/);
  });

  it('keeps its Chromium profile, and so its single-instance lock, in the data dir', () => {
    expect(boot.events('set-path')).toEqual([{ name: 'userData', value: join(dataDir, 'electron-profile') }]);
    expect(boot.events('single-instance-lock')).toEqual([{ granted: true }]);
  });

  it('leaves Chromium switches to Chromium', () => {
    expect(boot.stderr).toContain('Chromium switches: --ozone-platform=x11');
  });

  it('registers pano:// as a privileged scheme and hardens the session', () => {
    expect(boot.events('privileged-schemes')).toEqual([
      [{ scheme: 'pano', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }],
    ]);
    expect(boot.events('permission-request')).toEqual([{ granted: false }]);
    expect(boot.events('permission-check')).toEqual([{ granted: false }]);
    expect(boot.events('application-menu')).toEqual([{ menu: null }]);
    expect(boot.events('power-save-blocker')).toEqual([{ type: 'prevent-display-sleep' }]);
  });

  it('opens one kiosk window on pano://app/ and refuses to leave it', () => {
    expect(boot.events('window')).toHaveLength(1);
    expect(boot.events('window')[0]).toMatchObject({ kiosk: true, fullscreen: true, show: false });
    // Run from a checkout (the fake is not packaged), as a hall may: still no DevTools unless PANO_DEVTOOLS=1.
    expect(boot.events('window')[0]?.webPreferences).toMatchObject({ devTools: false });
    expect(boot.events('page')).toEqual([{ url: 'pano://app/', status: 200, csp: PLAYER_CSP }]);
    expect(boot.events('navigate-away')).toEqual([{ prevented: true }]);
    expect(boot.events('window-open')).toEqual([{ action: 'deny' }]);
  });

  it('gives the page its state and media, hides the cursor, then shows the window', () => {
    expect(boot.events('state')).toEqual([
      { revision: expect.any(Number), slides: expect.any(Number), mediaStatus: 200 },
    ]);
    expect(boot.events('state')[0]?.slides).toBeGreaterThan(0);
    expect(boot.events('insert-css')).toEqual([{ css: '* { cursor: none !important; }' }]);
  });

  it('stays open when the window manager asks it to close (Alt+F4), saying so once', () => {
    expect(boot.events('close')).toEqual([{ prevented: true }]);
    expect(boot.stderr.split('\n').filter((line) => line.includes('asked to close'))).toEqual([
      'pano: warn: kiosk: the window was asked to close (Alt+F4 or the window manager); it stays open. ' +
        'Quit with Ctrl+Alt+Shift+Q or stop the service',
    ]);
  });

  it('stops cleanly within 5 s of SIGTERM', () => {
    expect(boot.stderr).toContain('SIGTERM received, stopping');
    expect(boot.exitCode).toBe(0);
    expect(boot.stopMs).toBeLessThan(5000);
  });
});

describe('the kiosk with a data dir it cannot create', () => {
  let boot: KioskBoot;
  let standIn: string;

  beforeAll(async () => {
    // A file where a folder should be: mkdir fails with ENOTDIR even for root.
    writeFileSync(join(scratch, 'a-file'), 'not a folder');
    const tmp = join(scratch, 'tmp');
    mkdirSync(tmp);
    standIn = join(tmp, `pano-fallback-${process.getuid?.() ?? 'user'}`);
    boot = await bootKiosk(mainJs, ['--port', '0', '--data-dir', join(scratch, 'a-file', 'data')], {
      env: { TMPDIR: tmp },
    });
  }, 20_000);

  it('plays from a fixed stand-in folder instead of taking itself for a second instance', () => {
    expect(boot.stderr).not.toContain('another Pano is already running');
    expect(boot.events('set-path')).toEqual([{ name: 'userData', value: join(standIn, 'electron-profile') }]);
    expect(boot.events('single-instance-lock')).toEqual([{ granted: true }]);
    expect(boot.events('show')).toHaveLength(1);
    expect(boot.stdout).toMatch(/^pano: listening on http:\/\/127\.0\.0\.1:\d+\n$/);
  });

  it('names the problem in one line, on stderr and in the stand-in log', () => {
    const lines = boot.stderr.split('\n').filter((line) => line.includes('a-file'));
    expect(lines).toEqual([
      `pano: error: kiosk: cannot create the data directory ${join(scratch, 'a-file', 'data')} ` +
        `(a part of the path is a file); playing the bundled defaults from ${standIn} until it is fixed`,
    ]);
    expect(readFileSync(join(standIn, 'logs', 'pano.log'), 'utf8')).toContain('"event":"data-dir-unusable"');
  });

  it('keeps playing until it is told to stop, then stops cleanly', () => {
    expect(boot.stderr).toContain('SIGTERM received, stopping');
    expect(boot.exitCode).toBe(0);
  });
});

describe('the kiosk with nobody reading its output (a closed pipe or terminal)', () => {
  let boot: KioskBoot;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = join(scratch, 'data-no-reader');
    boot = await bootKiosk(mainJs, ['--port', '0', '--data-dir', dataDir, '--ozone-platform=x11'], {
      closeOutput: true,
    });
  }, 20_000);

  it('keeps the screen up, with no error from writing to the closed stdout and stderr', () => {
    expect(boot.events('show')).toHaveLength(1);
    const log = readFileSync(join(dataDir, 'logs', 'pano.log'), 'utf8');
    expect(log).toContain('"event":"chromium-switches"');
    expect(log).not.toContain('EPIPE');
    expect(log).not.toContain('"event":"main-error"');
  });

  it('stops cleanly on SIGTERM', () => {
    expect(boot.exitCode).toBe(0);
    expect(readFileSync(join(dataDir, 'logs', 'pano.log'), 'utf8')).toContain('SIGTERM received, stopping');
  });
});

import { describe, expect, it } from 'vitest';
import {
  chooseMode,
  chromiumKioskArgs,
  defaultStartDataDir,
  downloadHost,
  exitCodeFor,
  fallbackArgs,
  fallbackLine,
  findChromium,
  hasDisplay,
  installFailureReason,
  isVagueReason,
  launchFlags,
  unusedSwitchesLine,
  urlFromReadyLine,
} from '../../../scripts/launcher/launch-policy';

// What node_modules/electron/install.js prints on a machine that cannot reach GitHub.
const OFFLINE_OUTPUT = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async FetchDownloader.download (file:///work/main/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
`;

describe('chooseMode', () => {
  it('runs Electron when its executable exists', () => {
    expect(chooseMode('/x/electron', '')).toEqual({ kind: 'electron', executable: '/x/electron' });
  });

  it('serves the browser host, with the reason, when it does not', () => {
    expect(chooseMode(null, 'getaddrinfo ENOTFOUND github.com')).toEqual({
      kind: 'browser-host',
      reason: 'getaddrinfo ENOTFOUND github.com',
    });
  });
});

describe('installFailureReason', () => {
  it('takes the error line of the installer, not its stack', () => {
    expect(installFailureReason(OFFLINE_OUTPUT, false)).toBe('fetch failed');
  });

  it('keeps a specific reason', () => {
    expect(installFailureReason('Downloading…\nRequestError: getaddrinfo EAI_AGAIN github.com\n    at x', false)).toBe(
      'getaddrinfo EAI_AGAIN github.com',
    );
  });

  it('says when the download took too long', () => {
    expect(installFailureReason('', true)).toBe('no answer within 90 s');
  });

  it('falls back to the last line of unknown output', () => {
    expect(installFailureReason('something odd\nchecksum mismatch\n', false)).toBe('checksum mismatch');
  });

  it('asks for a network probe only when the reason is vague', () => {
    expect(isVagueReason('fetch failed')).toBe(true);
    expect(isVagueReason('getaddrinfo ENOTFOUND github.com')).toBe(false);
  });
});

describe('downloadHost', () => {
  it('is GitHub unless a mirror is set', () => {
    expect(downloadHost({})).toBe('github.com');
    expect(downloadHost({ ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/' })).toBe('npmmirror.com');
  });
});

describe('fallbackLine', () => {
  it('is one line naming the reason, and points at the address the host prints next', () => {
    const line = fallbackLine('getaddrinfo ENOTFOUND github.com');
    expect(line).toBe(
      'pano: the Electron runtime could not be downloaded (getaddrinfo ENOTFOUND github.com); serving the browser ' +
        'host instead. Open the address it prints next in a browser, or see README "Without Electron".',
    );
    expect(line).not.toContain('\n');
  });

  it('never guesses an address (only the host knows the port it got)', () => {
    expect(fallbackLine('x')).not.toMatch(/http:|7420/);
  });
});

describe('launchFlags', () => {
  it("adds start's data dir when the operator gave none", () => {
    expect(launchFlags(['--port', '0'], '/home/hall/.config/pano')).toEqual({
      hostArgs: ['--port', '0', '--data-dir', '/home/hall/.config/pano'],
      dataDir: '/home/hall/.config/pano',
    });
  });

  it("keeps the operator's data dir", () => {
    expect(launchFlags(['--data-dir=/srv/pano', '--host', '0.0.0.0'], '/d')).toEqual({
      hostArgs: ['--data-dir=/srv/pano', '--host', '0.0.0.0'],
      dataDir: '/srv/pano',
    });
  });

  it('passes invalid flags through untouched, for the host to name', () => {
    expect(launchFlags(['--port', 'abc'], '/d')).toEqual({ hostArgs: ['--port', 'abc'], dataDir: null });
  });
});

describe('fallbackArgs', () => {
  it('gives the host only host flags and the local Chromium the switches (npm start -- --no-sandbox --port 0)', () => {
    expect(fallbackArgs(['--no-sandbox', '--port', '0'], '/home/hall/.config/pano')).toEqual({
      hostArgs: ['--port', '0', '--data-dir', '/home/hall/.config/pano'],
      dataDir: '/home/hall/.config/pano',
      chromiumSwitches: ['--no-sandbox'],
    });
  });

  it('keeps a value that follows a host flag with the flag', () => {
    expect(fallbackArgs(['--ozone-platform=wayland', '--data-dir', '/srv/pano', '--disable-gpu'], '/d')).toEqual({
      hostArgs: ['--data-dir', '/srv/pano'],
      dataDir: '/srv/pano',
      chromiumSwitches: ['--ozone-platform=wayland', '--disable-gpu'],
    });
  });

  it('leaves a stray word with the host, which names it', () => {
    expect(fallbackArgs(['oops'], '/d')).toMatchObject({ hostArgs: ['oops'], dataDir: null, chromiumSwitches: [] });
  });
});

describe('unusedSwitchesLine', () => {
  it('says why Chromium switches go unused, only when there are some', () => {
    expect(unusedSwitchesLine([], 'no-display')).toBeNull();
    expect(unusedSwitchesLine(['--no-sandbox'], 'no-display')).toBe(
      'pano: not opening a local browser (there is no display here), so the Chromium switches --no-sandbox are not used',
    );
    expect(unusedSwitchesLine(['--a', '--b'], 'no-chromium')).toContain('no Chromium is installed');
  });
});

describe('defaultStartDataDir', () => {
  it("is Electron's userData folder for the app", () => {
    expect(defaultStartDataDir('pano', 'linux', {}, '/home/hall')).toBe('/home/hall/.config/pano');
    expect(defaultStartDataDir('pano', 'linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/hall')).toBe('/cfg/pano');
    expect(defaultStartDataDir('pano', 'darwin', {}, '/Users/a')).toBe('/Users/a/Library/Application Support/pano');
  });
});

describe('urlFromReadyLine', () => {
  it("reads the host's ready line", () => {
    expect(urlFromReadyLine('pano: listening on http://127.0.0.1:43291')).toBe('http://127.0.0.1:43291/');
    expect(urlFromReadyLine('pano: listening on http://0.0.0.0:7420')).toBe('http://127.0.0.1:7420/');
  });

  it('ignores every other line', () => {
    expect(urlFromReadyLine('pano: playlist replaced')).toBeNull();
  });
});

describe('the local Chromium', () => {
  it('needs a display', () => {
    expect(hasDisplay({})).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
  });

  it('is found on PATH in order of preference, then at /usr/bin/chromium', () => {
    const installed = new Set(['/usr/local/bin/google-chrome', '/snap/bin/chromium']);
    expect(findChromium('/usr/local/bin:/snap/bin', (p) => installed.has(p))).toBe('/snap/bin/chromium');
    expect(findChromium('', (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
    expect(findChromium('/bin', () => false)).toBeNull();
  });

  it('runs as a quiet kiosk with its own profile in the data dir', () => {
    expect(chromiumKioskArgs('http://127.0.0.1:7420/', '/srv/pano')).toEqual([
      '--kiosk',
      '--app=http://127.0.0.1:7420/',
      '--no-first-run',
      '--user-data-dir=/srv/pano/chromium-profile',
      '--disable-background-networking',
      '--noerrdialogs',
      '--disable-session-crashed-bubble',
      '--disable-infobars',
      '--autoplay-policy=no-user-gesture-required',
    ]);
  });

  it("ends with the operator's own switches, so they win", () => {
    expect(chromiumKioskArgs('http://127.0.0.1:7420/', '/srv/pano', ['--no-sandbox']).at(-1)).toBe('--no-sandbox');
  });
});

describe('exitCodeFor', () => {
  it("passes the child's exit code on, and 128 + n for a signal", () => {
    expect(exitCodeFor(0, null, { SIGTERM: 15 })).toBe(0);
    expect(exitCodeFor(2, null, { SIGTERM: 15 })).toBe(2);
    expect(exitCodeFor(null, 'SIGTERM', { SIGTERM: 15 })).toBe(143);
  });
});

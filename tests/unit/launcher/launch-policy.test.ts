import { describe, expect, it } from 'vitest';
import {
  BROWSER_STEADY_MS,
  browserEndLine,
  browserRestartDelayMs,
  chooseMode,
  chromiumKioskArgs,
  defaultStartDataDir,
  downloadHost,
  exitCodeFor,
  fallbackArgs,
  fallbackChromiumSwitches,
  fallbackLine,
  findChromium,
  hasDisplay,
  installFailureReason,
  isVagueReason,
  keepStderrTail,
  launchFlags,
  spokenDuration,
  stderrSummary,
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

// What Debian's Chromium prints when started as root without --no-sandbox, then it exits at once.
const ROOT_REFUSAL =
  '[2718:2718:0612/101530.123456:ERROR:zygote_host_impl_linux.cc(127)] Running as root without --no-sandbox ' +
  'is not supported. See https://crbug.com/638180.\n';

describe('fallbackChromiumSwitches', () => {
  it('adds --no-sandbox as root, where Chromium refuses to start with its sandbox', () => {
    expect(fallbackChromiumSwitches([], 0)).toEqual(['--no-sandbox']);
    expect(fallbackChromiumSwitches(['--disable-gpu'], 0)).toEqual(['--disable-gpu', '--no-sandbox']);
  });

  it('keeps the sandbox for anyone else, and never adds the switch twice', () => {
    expect(fallbackChromiumSwitches([], 1000)).toEqual([]);
    expect(fallbackChromiumSwitches([], undefined)).toEqual([]);
    expect(fallbackChromiumSwitches(['--no-sandbox'], 0)).toEqual(['--no-sandbox']);
  });
});

describe('browserRestartDelayMs', () => {
  it('waits 1 s, then doubles while Chromium keeps dying, up to 60 s', () => {
    const delays: number[] = [];
    let last: number | null = null;
    for (let i = 0; i < 9; i += 1) delays.push((last = browserRestartDelayMs(last, 300)));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('starts afresh at 1 s once Chromium had run 5 minutes', () => {
    expect(browserRestartDelayMs(60000, BROWSER_STEADY_MS)).toBe(1000);
    expect(browserRestartDelayMs(60000, BROWSER_STEADY_MS - 1)).toBe(60000);
  });
});

describe("Chromium's last words", () => {
  it('are the reason it gave, without the log prefix, on one line', () => {
    expect(stderrSummary(ROOT_REFUSAL)).toBe(
      'Running as root without --no-sandbox is not supported. See https://crbug.com/638180.',
    );
    expect(stderrSummary('')).toBe('');
  });

  it('skip the noise Chromium prints whatever went wrong (no D-Bus, zygotes, the wrapper script)', () => {
    // Debian 12's Chromium started on a display that is not there.
    const noDisplay = [
      '/usr/bin/chromium: 9: [: 25276502016: unexpected operator',
      '[28420:28420:1126/170451.700000:ERROR:dbus/bus.cc:408] Failed to connect to the bus: Could not parse server address',
      '[28420:28420:1126/170451.763526:ERROR:ui/ozone/platform/x11/ozone_platform_x11.cc:257] Missing X server or $DISPLAY',
      '[28420:28420:1126/170451.763561:ERROR:ui/aura/env.cc:253] The platform failed to initialize.  Exiting.',
      '[28442:28442:0100/000000.774946:ERROR:content/zygote/zygote_linux.cc:662] write: Broken pipe (32)',
      '',
    ].join('\n');
    expect(stderrSummary(noDisplay)).toBe(
      'Missing X server or $DISPLAY | The platform failed to initialize.  Exiting.',
    );
    expect(stderrSummary('[1:1:0101/000000.0:ERROR:x.cc(1)] write: Broken pipe (32)\n')).toBe(
      'write: Broken pipe (32)',
    );
  });

  it('stay short', () => {
    const summary = stderrSummary('x'.repeat(1000), 300);
    expect(summary).toHaveLength(300);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('are kept as a bounded tail, however long Chromium talks', () => {
    let tail = '';
    for (let i = 0; i < 1000; i += 1) tail = keepStderrTail(tail, `line ${i}\n`);
    expect(tail.length).toBeLessThanOrEqual(4096);
    expect(tail.endsWith('line 999\n')).toBe(true);
  });
});

describe('browserEndLine', () => {
  it('says how Chromium ended, why when it died early, and when it starts again', () => {
    expect(
      browserEndLine({
        browser: '/usr/bin/chromium',
        code: 1,
        signal: null,
        ranMs: 420,
        stderr: ROOT_REFUSAL,
        restartInMs: 1000,
      }),
    ).toBe(
      'pano: /usr/bin/chromium exited with code 1 after 0.4 s (Running as root without --no-sandbox is not ' +
        'supported. See https://crbug.com/638180.); starting it again in 1.0 s',
    );
  });

  it('leaves out hours-old chatter when it had run steadily, and names a signal or a failed start', () => {
    expect(
      browserEndLine({
        browser: 'chromium',
        code: null,
        signal: 'SIGKILL',
        ranMs: 3 * 3_600_000,
        stderr: 'old gpu warning\n',
        restartInMs: 1000,
      }),
    ).toBe('pano: chromium was stopped by SIGKILL after 3 h; starting it again in 1.0 s');
    expect(
      browserEndLine({
        browser: 'chromium',
        code: null,
        signal: null,
        error: 'spawn chromium EACCES',
        ranMs: 0,
        stderr: '',
        restartInMs: 60000,
      }),
    ).toBe('pano: could not start chromium (spawn chromium EACCES); starting it again in 60 s');
  });

  it('is one line', () => {
    const line = browserEndLine({ browser: 'c', code: 1, signal: null, ranMs: 5, stderr: 'a\nb\n', restartInMs: 1 });
    expect(line).not.toContain('\n');
  });
});

describe('spokenDuration', () => {
  it('reads as a person would say it', () => {
    expect(spokenDuration(420)).toBe('0.4 s');
    expect(spokenDuration(42_000)).toBe('42 s');
    expect(spokenDuration(7 * 60_000)).toBe('7 min');
    expect(spokenDuration(3 * 3_600_000)).toBe('3 h');
  });
});

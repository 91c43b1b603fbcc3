/**
 * The launcher's decisions, free of I/O: which data folder, which message,
 * which browser and with which switches. scripts/start.ts only acts on them.
 */
import { join } from 'node:path';
import { splitArgs } from '../../main/electron/shell-args';
import { parseHostFlags } from '../../main/services/host/cli-flags';

/** How long the first-run download of Electron may take before we fall back. */
export const ELECTRON_INSTALL_TIMEOUT_MS = 90_000;

/**
 * The folder Electron's `app.getPath('userData')` gives a checkout of Pano, so
 * `npm start` keeps the same data whether it ends up in Electron or in the
 * fallback (contract.md: the data dir of `start` defaults to the OS app-data folder).
 */
export function defaultStartDataDir(
  appName: string,
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  home: string,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appName);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), appName);
}

/** What the launcher needs to know of the host flags it passes through. */
export interface LaunchFlags {
  /** The arguments for the browser host, with `--data-dir` added when the operator gave none. */
  hostArgs: string[];
  /** The data folder in use, or null when the flags are invalid (the host then names the problem). */
  dataDir: string | null;
}

/** Reads the host flags; a default data dir is added so `start` and `serve` keep their own defaults. */
export function launchFlags(hostArgs: readonly string[], defaultDataDir: string): LaunchFlags {
  const parsed = parseHostFlags(hostArgs);
  if (!parsed.ok) return { hostArgs: [...hostArgs], dataDir: null };
  if (parsed.flags.dataDir !== undefined) return { hostArgs: [...hostArgs], dataDir: parsed.flags.dataDir };
  return { hostArgs: [...hostArgs, '--data-dir', defaultDataDir], dataDir: defaultDataDir };
}

/** Where the fallback sends each argument of `npm start --`. */
export interface FallbackArgs extends LaunchFlags {
  /** Switches for the local Chromium that stands in for the kiosk window (`--no-sandbox`, `--ozone-platform=…`). */
  chromiumSwitches: string[];
}

/**
 * Splits `npm start --` arguments as the kiosk does (main/electron/shell-args.ts): host flags go
 * to the browser host, which refuses anything else, and Chromium switches to the local Chromium.
 */
export function fallbackArgs(args: readonly string[], defaultDataDir: string): FallbackArgs {
  const { hostArgs, chromiumSwitches } = splitArgs(args);
  return { ...launchFlags(hostArgs, defaultDataDir), chromiumSwitches };
}

/**
 * The one line that says why there is no kiosk window and what happens instead. It names no
 * address: only the host knows the one it got (a busy or `0` port), and its ready line follows.
 */
export function fallbackLine(reason: string): string {
  return (
    `pano: the Electron runtime could not be downloaded (${reason}); serving the browser host instead. ` +
    'Open the address it prints next in a browser, or see README "Without Electron".'
  );
}

/** Why no local browser shows the player, said only when the operator gave switches meant for it. */
export function unusedSwitchesLine(
  chromiumSwitches: readonly string[],
  why: 'no-display' | 'no-chromium',
): string | null {
  if (chromiumSwitches.length === 0) return null;
  const reason = why === 'no-display' ? 'there is no display here' : 'no Chromium is installed';
  return `pano: not opening a local browser (${reason}), so the Chromium switches ${chromiumSwitches.join(' ')} are not used`;
}

const READY_LINE = /^pano: listening on (http:\/\/\S+)$/;

/** The page URL in the host's ready line (contract.md), or null when `line` is another line. */
export function urlFromReadyLine(line: string): string | null {
  const match = READY_LINE.exec(line.trim());
  if (!match) return null;
  const url = new URL(match[1] as string);
  if (url.hostname === '0.0.0.0') url.hostname = '127.0.0.1';
  if (url.hostname === '[::]') url.hostname = '[::1]';
  return url.toString();
}

/** The short reason in the output of node_modules/electron/install.js (it prints an error's stack). */
export function installFailureReason(output: string, timedOut: boolean): string {
  if (timedOut) return `no answer within ${ELECTRON_INSTALL_TIMEOUT_MS / 1000} s`;
  const line = output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /^\w*Error(:|$)/.test(l));
  if (!line) return output.trim().split('\n').pop()?.trim() || 'the download failed';
  return line.replace(/^\w*Error:\s*/, '') || line;
}

/** True when the reason says nothing concrete, so a look at the network is worth it. */
export function isVagueReason(reason: string): boolean {
  return /^(fetch failed|the download failed)$/i.test(reason);
}

/** The host Electron is downloaded from (a mirror when the operator set one). */
export function downloadHost(env: Record<string, string | undefined>): string {
  const mirror = env.ELECTRON_MIRROR ?? env.npm_config_electron_mirror;
  if (mirror) {
    try {
      return new URL(mirror).hostname;
    } catch {
      // An unparsable mirror is install.js's problem to report; probe the default.
    }
  }
  return 'github.com';
}

/** True when a graphical session is there to show a browser in. */
export function hasDisplay(env: Record<string, string | undefined>): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/** The first installed Chromium: by name on PATH, then Debian's /usr/bin/chromium. */
export function findChromium(
  pathVariable: string | undefined,
  isExecutable: (path: string) => boolean,
  delimiter = ':',
): string | null {
  const dirs = (pathVariable ?? '').split(delimiter).filter(Boolean);
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return isExecutable('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}

/**
 * The switches for a Chromium that stands in for the kiosk window: full-screen, quiet, its own
 * profile, then the operator's own switches (last, so they win over ours).
 */
export function chromiumKioskArgs(url: string, dataDir: string, operatorSwitches: readonly string[] = []): string[] {
  return [
    '--kiosk',
    `--app=${url}`,
    '--no-first-run',
    `--user-data-dir=${join(dataDir, 'chromium-profile')}`,
    '--disable-background-networking',
    '--noerrdialogs',
    '--disable-session-crashed-bubble',
    '--disable-infobars',
    '--autoplay-policy=no-user-gesture-required',
    ...operatorSwitches,
  ];
}

/**
 * The fallback Chromium's own switches: the operator's, plus `--no-sandbox` when running as root,
 * which Chromium refuses to do with its sandbox on (Debian's exits at once). `uid` is
 * `process.getuid?.()`, undefined on Windows.
 */
export function fallbackChromiumSwitches(operatorSwitches: readonly string[], uid: number | undefined): string[] {
  if (uid !== 0 || operatorSwitches.includes('--no-sandbox')) return [...operatorSwitches];
  return [...operatorSwitches, '--no-sandbox'];
}

/** The first wait before the fallback Chromium is started again. */
export const BROWSER_RESTART_FIRST_MS = 1000;
/** The longest wait between two starts of a Chromium that keeps dying. */
export const BROWSER_RESTART_MAX_MS = 60_000;
/** A Chromium that ran this long was fine: its next exit starts the backoff afresh. */
export const BROWSER_STEADY_MS = 5 * 60_000;

/**
 * How long to wait before starting Chromium again after it exited having run `ranMs`: 1 s, doubling
 * up to 60 s while it keeps dying, back to 1 s once it had run 5 minutes. `previousDelayMs` is the
 * last wait, null before the first restart.
 */
export function browserRestartDelayMs(previousDelayMs: number | null, ranMs: number): number {
  if (previousDelayMs === null || ranMs >= BROWSER_STEADY_MS) return BROWSER_RESTART_FIRST_MS;
  return Math.min(previousDelayMs * 2, BROWSER_RESTART_MAX_MS);
}

/** How much of Chromium's stderr is kept (only its last words are ever shown). */
export const BROWSER_STDERR_KEEP_CHARS = 4096;

/** `tail` with `chunk` appended, cut to its last BROWSER_STDERR_KEEP_CHARS characters. */
export function keepStderrTail(tail: string, chunk: string): string {
  const joined = tail + chunk;
  return joined.length > BROWSER_STDERR_KEEP_CHARS ? joined.slice(-BROWSER_STDERR_KEEP_CHARS) : joined;
}

// Chromium's log prefix: [pid:tid:MMDD/HHMMSS.micros:LEVEL:file.cc(line)] or [...:LEVEL:path/file.cc:line]
const CHROMIUM_LOG_PREFIX = /^\[\d+:\d+:[^\]]*\]\s*/;
// Lines Chromium prints on many machines whatever went wrong: no D-Bus in a kiosk session, its zygotes
// losing the browser that has just exited, and a complaint of Debian's wrapper script. Never the reason.
const CHROMIUM_NOISE = /Failed to connect to the bus|Broken pipe \(32\)|: unexpected operator$/;

/**
 * Why Chromium died, from what it said on stderr: its first two lines that are not noise (the
 * first error is the cause, the rest its consequences), without log prefixes, on one line.
 */
export function stderrSummary(text: string, maxChars = 300): string {
  const lines = text
    .split('\n')
    .map((line) => line.replace(CHROMIUM_LOG_PREFIX, '').trim())
    .filter(Boolean);
  const telling = lines.filter((line) => !CHROMIUM_NOISE.test(line));
  const summary = (telling.length > 0 ? telling.slice(0, 2) : lines.slice(-1)).join(' | ');
  return summary.length > maxChars ? `${summary.slice(0, maxChars - 1)}…` : summary;
}

/** "0.4 s", "42 s", "7 min", "3 h": how long something ran, as a person would say it. */
export function spokenDuration(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 2 * 3_600_000) return `${Math.round(ms / 60_000)} min`;
  return `${Math.round(ms / 3_600_000)} h`;
}

/** How a fallback Chromium ended: an exit code or signal, or a failure to start at all. */
export interface BrowserEnd {
  browser: string;
  code: number | null;
  signal: string | null;
  /** Set when it could not be started (spawn failed). */
  error?: string;
  ranMs: number;
  stderr: string;
  restartInMs: number;
}

/**
 * The one line said each time the fallback Chromium ends while the host still runs. What it said
 * on stderr is included when it died early (before BROWSER_STEADY_MS): that is the reason.
 */
export function browserEndLine(end: BrowserEnd): string {
  const again = `starting it again in ${spokenDuration(end.restartInMs)}`;
  if (end.error !== undefined) return `pano: could not start ${end.browser} (${end.error}); ${again}`;
  const how = end.signal ? `was stopped by ${end.signal}` : `exited with code ${end.code ?? '?'}`;
  const said = end.ranMs < BROWSER_STEADY_MS ? stderrSummary(end.stderr) : '';
  return `pano: ${end.browser} ${how} after ${spokenDuration(end.ranMs)}${said ? ` (${said})` : ''}; ${again}`;
}

/** Which way `npm start` runs. */
export type LaunchMode = { kind: 'electron'; executable: string } | { kind: 'browser-host'; reason: string };

/** Electron when its executable exists, else the browser host, with the reason to print. */
export function chooseMode(executable: string | null, reason: string): LaunchMode {
  return executable ? { kind: 'electron', executable } : { kind: 'browser-host', reason };
}

/** The exit code of a child that ended by `signal` (the shell convention, 128 + number). */
export function exitCodeFor(
  code: number | null,
  signal: NodeJS.Signals | null,
  signalNumbers: Record<string, number>,
): number {
  if (code !== null) return code;
  return signal ? 128 + (signalNumbers[signal] ?? 1) : 1;
}

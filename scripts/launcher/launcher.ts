/**
 * What `npm start` does (scripts/start.ts is only its entry): the Electron
 * kiosk when the runtime can be had, else the browser host plus a local
 * Chromium. Decisions live in launch-policy.ts; this file acts on them. The
 * app root is a parameter so a test can run it against a fake host.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { homedir, constants as osConstants } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ignoreBrokenPipes } from '../../main/services/logger';
import { locateElectron } from './electron-binary';
import { keepKioskBrowserOpen, type KioskBrowser } from './kiosk-browser';
import {
  chooseMode,
  chromiumKioskArgs,
  defaultStartDataDir,
  downloadHost,
  ELECTRON_INSTALL_TIMEOUT_MS,
  exitCodeFor,
  fallbackArgs,
  fallbackChromiumSwitches,
  fallbackLine,
  findChromium,
  hasDisplay,
  installFailureReason,
  isVagueReason,
  unusedSwitchesLine,
  urlFromReadyLine,
} from './launch-policy';

/** contract.md: on SIGTERM the player exits within 5 s. The child gets this long, then it is killed. */
const STOP_LIMIT_MS = 4500;
/** A first-run download is silent for this long before we say what the wait is for. */
const QUIET_INSTALL_MS = 3000;
const DNS_PROBE_MS = 3000;

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * Runs the player from the app folder `root` with the arguments after `npm start --`: Electron gets
 * them all (the kiosk splits them itself); the fallback splits them between host and Chromium.
 */
export async function runLauncher(root: string, args: readonly string[]): Promise<void> {
  // The player must outlive the terminal it was started from (`npm start | head`, a closed SSH session).
  ignoreBrokenPipes();
  const electronDir = join(root, 'node_modules', 'electron');
  const electron = await obtainElectron(electronDir);
  const mode = chooseMode(electron.path, electron.reason);
  if (mode.kind === 'electron') runElectron(root, mode.executable, args);
  else runBrowserHost(root, mode.reason, args);
}

/** The Electron executable, downloading it first when that has not happened yet; or why there is none. */
async function obtainElectron(electronDir: string): Promise<{ path: string | null; reason: string }> {
  const first = locateElectron(electronDir, process.env);
  if (first.found) return { path: first.path, reason: '' };
  // An explicit override means "use this build": downloading another would not honour it.
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return { path: null, reason: first.reason };
  const installer = join(electronDir, 'install.js');
  if (!existsSync(installer)) return { path: null, reason: 'the electron package is not installed; run npm install' };

  const install = await runInstaller(electronDir, installer);
  const second = locateElectron(electronDir, process.env);
  if (second.found) return { path: second.path, reason: '' };
  let reason = install.ok ? second.reason : installFailureReason(install.output, install.timedOut);
  if (isVagueReason(reason)) reason = (await probeDns(downloadHost(process.env))) ?? reason;
  return { path: null, reason };
}

/** Runs node_modules/electron/install.js with a time limit, keeping its output for the reason line. */
function runInstaller(
  electronDir: string,
  installer: string,
): Promise<{ ok: boolean; output: string; timedOut: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [installer], { cwd: electronDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const notice = setTimeout(
      () =>
        say(
          `pano: downloading the Electron runtime (first run; giving up after ${ELECTRON_INSTALL_TIMEOUT_MS / 1000} s)…`,
        ),
      QUIET_INSTALL_MS,
    );
    const limit = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, ELECTRON_INSTALL_TIMEOUT_MS);
    const finish = (ok: boolean) => {
      clearTimeout(notice);
      clearTimeout(limit);
      done({ ok, output, timedOut });
    };
    child.on('error', (error) => {
      output += `Error: ${error.message}`;
      finish(false);
    });
    child.on('close', (code) => finish(code === 0 && !timedOut));
  });
}

/** `getaddrinfo ENOTFOUND github.com` when the download host does not resolve; null when it does. */
async function probeDns(host: string): Promise<string | null> {
  const timeout = new Promise<string>((done) =>
    setTimeout(() => done(`no DNS answer for ${host}`), DNS_PROBE_MS).unref(),
  );
  const probe = lookup(host).then(
    () => null,
    (error: NodeJS.ErrnoException) => error.message,
  );
  return Promise.race([probe, timeout]);
}

/** Forwards SIGTERM/SIGINT to `child`, kills it if it overstays, and exits with its code once it has closed. */
function supervise(child: ChildProcess, afterExit: () => void = () => {}): void {
  let stopping = false;
  const forward = (signal: NodeJS.Signals) => {
    if (!stopping) {
      stopping = true;
      setTimeout(() => {
        say('pano: the player did not stop within 5 s; killing it');
        child.kill('SIGKILL');
      }, STOP_LIMIT_MS).unref();
    }
    child.kill(signal);
  };
  process.on('SIGTERM', () => forward('SIGTERM'));
  process.on('SIGINT', () => forward('SIGINT'));
  child.on('error', (error) => {
    say(`pano: could not start ${child.spawnfile}: ${error.message}`);
    afterExit();
    process.exit(1);
  });
  child.on('close', (code, signal) => {
    afterExit();
    process.exit(exitCodeFor(code, signal, osConstants.signals));
  });
}

function runElectron(root: string, executable: string, args: readonly string[]): void {
  const env = { ...process.env };
  // Inherited from an Electron-based editor's terminal, this would make Electron act as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  supervise(spawn(executable, ['.', ...args], { cwd: root, stdio: 'inherit', env }));
}

function runBrowserHost(root: string, reason: string, args: readonly string[]): void {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; productName?: string };
  const plan = fallbackArgs(
    args,
    defaultStartDataDir(pkg.productName ?? pkg.name, process.platform, process.env, homedir()),
  );
  say(fallbackLine(reason));

  const serveJs = join(root, 'dist', 'host', 'serve.js');
  if (!existsSync(serveJs)) {
    say(`pano: ${serveJs} is missing; build it with npm run build (npm start does this first)`);
    process.exit(1);
  }
  const host = spawn(process.execPath, [serveJs, ...plan.hostArgs], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let browser: KioskBrowser | null = null;
  let opened = false;
  createInterface({ input: host.stdout! }).on('line', (line) => {
    process.stdout.write(`${line}\n`);
    const url = urlFromReadyLine(line);
    if (url && !opened && plan.dataDir !== null) {
      opened = true;
      browser = openKioskBrowser(url, resolve(plan.dataDir), plan.chromiumSwitches);
    }
  });
  // The browser was ours: without its host it would only show an error page.
  supervise(host, () => browser?.stop());
}

/**
 * Shows `url` full-screen in a local Chromium, kept open while the host runs, when a display and a
 * Chromium are there; null otherwise (with a line when the operator's switches go unused).
 */
function openKioskBrowser(url: string, dataDir: string, chromiumSwitches: readonly string[]): KioskBrowser | null {
  if (!hasDisplay(process.env)) {
    const line = unusedSwitchesLine(chromiumSwitches, 'no-display');
    if (line) say(line);
    return null;
  }
  const chromium = findChromium(process.env.PATH, isExecutable);
  if (!chromium) {
    const line = unusedSwitchesLine(chromiumSwitches, 'no-chromium');
    if (line) say(line);
    return null;
  }
  const switches = fallbackChromiumSwitches(chromiumSwitches, process.getuid?.());
  say(`pano: opening ${url} full-screen in ${chromium}${switches.length > 0 ? ` (${switches.join(' ')})` : ''}`);
  return keepKioskBrowserOpen({ executable: chromium, args: chromiumKioskArgs(url, dataDir, switches), say });
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Runs scripts/launcher/launcher.ts in a child process against a fake app: no
 * Electron (so it falls back), a fake browser host in dist/host/serve.js that
 * refuses unknown flags as the real one does, and a fake `chromium` on PATH
 * that records how it was started. Nothing here needs a display or a network.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const DRIVER = fileURLToPath(new URL('./fixtures/run-launcher.ts', import.meta.url));
/** The port the fake host "gets" when asked for port 0. */
export const PICKED_PORT = 45678;

// Stands in for dist/host/serve.js: the contract's ready line, the real port for --port 0, exit 2 on an
// unknown flag, and a clean exit on SIGTERM.
const FAKE_HOST = `
const args = process.argv.slice(2);
import { writeFileSync } from 'node:fs';
// As the real host (main/services/logger.ts ignoreBrokenPipes): a closed stderr is not its death.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
writeFileSync(new URL('./pid', import.meta.url), String(process.pid));
process.stderr.write('fake-host: args ' + JSON.stringify(args) + '\\n');
const known = ['--data-dir', '--port', '--host', '--feed-url', '--timezone'];
const unknown = args.find((a) => a.startsWith('-') && !known.includes(a.split('=')[0]));
if (unknown) {
  process.stderr.write('pano: unknown flag ' + unknown + '\\n');
  process.exit(2);
}
const i = args.indexOf('--port');
const port = i >= 0 ? Number(args[i + 1]) : 7420;
process.stdout.write('pano: listening on http://127.0.0.1:' + (port === 0 ? ${PICKED_PORT} : port) + '\\n');
process.on('SIGTERM', () => process.exit(0));
setInterval(() => {}, 1000);
`;

/** How the fake Chromium behaves: stays up, or dies at once the way Debian's does as root. */
export type FakeChromium = 'stays' | 'dies';

const CHROMIUM_SCRIPT: Record<FakeChromium, string> = {
  stays: 'exec sleep 60',
  dies:
    'echo "[1234:1234:0101/120000.000000:ERROR:zygote_host_impl_linux.cc(127)] Running as root without ' +
    '--no-sandbox is not supported. See https://crbug.com/638180." >&2\nexit 1',
};

/** A fake app folder, and what its fake host and Chromium recorded. */
export interface FakeApp {
  root: string;
  /** The fake host's pid, once it has started. */
  hostPid(): number | null;
  /** One entry per Chromium start: its pid and arguments. */
  chromiumRuns(): { pid: number; args: string[] }[];
  remove(): void;
}

/** Creates the fake app folder with a fake Chromium that `stays` or `dies`. */
export function makeFakeApp(chromium: FakeChromium): FakeApp {
  const root = mkdtempSync(join(tmpdir(), 'pano-launcher-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'pano-test', type: 'module' }));
  mkdirSync(join(root, 'dist', 'host'), { recursive: true });
  writeFileSync(join(root, 'dist', 'host', 'serve.js'), FAKE_HOST);
  mkdirSync(join(root, 'bin'));
  const runs = join(root, 'chromium-runs.jsonl');
  // One JSON line per start: {"pid": N, "args": [...]} (no shell quoting games: the args go through node).
  const record = `"${process.execPath}" -e 'require("fs").appendFileSync(process.argv[1], JSON.stringify({pid: Number(process.argv[2]), args: process.argv.slice(3)}) + "\\n")' "${runs}" $$ "$@"`;
  writeFileSync(join(root, 'bin', 'chromium'), `#!/bin/sh\n${record}\n${CHROMIUM_SCRIPT[chromium]}\n`);
  chmodSync(join(root, 'bin', 'chromium'), 0o755);
  return {
    root,
    hostPid: () => {
      try {
        return Number(readFileSync(join(root, 'dist', 'host', 'pid'), 'utf8'));
      } catch {
        return null;
      }
    },
    chromiumRuns: () => {
      try {
        return readFileSync(runs, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as { pid: number; args: string[] });
      } catch {
        return [];
      }
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A running launcher and what it has said so far. */
export interface LauncherRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Starts the launcher on `app` with `args`, a display, and the fake Chromium first on PATH. */
export function startLauncher(app: FakeApp, args: string[], options: { closeOutput?: boolean } = {}): LauncherRun {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PANO_LAUNCHER_ROOT: app.root,
    PATH: `${join(app.root, 'bin')}:${process.env.PATH ?? ''}`,
    DISPLAY: ':99',
    XDG_CONFIG_HOME: join(app.root, 'config'),
  };
  // A real Electron (CI may point at one) would make the launcher skip the fallback under test.
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  delete env.WAYLAND_DISPLAY;
  const child = spawn(process.execPath, ['--import', 'tsx', DRIVER, ...args], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  if (options.closeOutput) {
    // As a terminal that went away: every write the launcher makes from now on fails with EPIPE.
    child.stdout!.destroy();
    child.stderr!.destroy();
  } else {
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  }
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Waits until `condition` holds, or fails naming `what` and the launcher's output. */
export async function waitFor(condition: () => boolean, timeoutMs: number, what: string, run: LauncherRun) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (run.child.exitCode !== null && !condition())
      throw new Error(`the launcher exited (${run.child.exitCode}) before ${what}; it said:\n${run.stderr()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the launcher said:\n${run.stderr()}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

/** True while `pid` runs (a zombie waiting for its parent to reap it counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Stops the launcher as a service manager would, then kills whatever a failed test left running. */
export async function stopEverything(run: LauncherRun | undefined, app: FakeApp | undefined): Promise<void> {
  if (run && run.child.exitCode === null && run.child.signalCode === null) {
    run.child.kill('SIGTERM');
    const timeout = new Promise((done) => setTimeout(done, 5000));
    await Promise.race([run.exited, timeout]);
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
  }
  const pids = [app?.hostPid() ?? null, ...(app?.chromiumRuns() ?? []).map((browser) => browser.pid)];
  for (const pid of pids) {
    if (pid !== null && isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
}

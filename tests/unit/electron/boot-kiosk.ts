/**
 * Boots the real main process (bundled like scripts/build-main.ts does) in plain
 * Node against the fake Electron in ./fake-electron, lets it show its window,
 * then stops it with SIGTERM as a service manager would.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const register = fileURLToPath(new URL('./fake-electron/register.mjs', import.meta.url));

/** Bundles main/electron/main.ts; `name` keeps test files that run in parallel apart. Returns the bundle and its remover. */
export async function buildKioskMain(name: string): Promise<{ mainJs: string; remove: () => void }> {
  // Inside the checkout, so the bundle finds package.json and assets/ above it as the real one does.
  const outDir = join(repo, 'test-results', `unit-electron-${name}`);
  await build({
    entryPoints: [join(repo, 'main/electron/main.ts')],
    outfile: join(outDir, 'main.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  return { mainJs: join(outDir, 'main.js'), remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** What one boot of the kiosk showed. */
export interface KioskBoot {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  /** From SIGTERM to exit. */
  stopMs: number;
  /** The fake Electron's records of `name`, in order. */
  events(name: string): Record<string, unknown>[];
}

/** Options of one boot. */
export interface BootOptions {
  /** Added to (or, when undefined, removed from) the kiosk's environment. */
  env?: Record<string, string | undefined>;
  /** Closes the read ends of the kiosk's stdout and stderr at once, as a terminal that went away would. */
  closeOutput?: boolean;
}

/** Runs the bundle with `args` until its window shows (or it exits), then stops it with SIGTERM. */
export async function bootKiosk(mainJs: string, args: string[], options: BootOptions = {}): Promise<KioskBoot> {
  const scratch = mkdtempSync(join(tmpdir(), 'pano-boot-'));
  const eventsFile = join(scratch, 'events.log');
  const env: NodeJS.ProcessEnv = { ...process.env, FAKE_ELECTRON_EVENTS: eventsFile };
  delete env.PANO_DEVTOOLS;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const events = (name: string) => {
    let text = '';
    try {
      text = readFileSync(eventsFile, 'utf8');
    } catch {
      // Nothing recorded yet.
    }
    return text
      .split('\n')
      .filter((line) => line.startsWith(`fake: ${name} `))
      .map((line) => JSON.parse(line.slice(`fake: ${name} `.length)) as Record<string, unknown>);
  };

  let stdout = '';
  let stderr = '';
  let exitCode: number | null = null;
  const child = spawn(process.execPath, ['--import', register, mainJs, ...args], {
    cwd: repo,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (options.closeOutput) {
    child.stdout.destroy();
    child.stderr.destroy();
  } else {
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  }
  const exited = new Promise<void>((done) => child.on('exit', (code) => ((exitCode = code), done())));
  try {
    const deadline = Date.now() + 8000;
    while (events('show').length === 0 && exitCode === null && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 50));
    }
  } finally {
    if (events('show').length === 0 && exitCode === null) child.kill('SIGKILL');
  }
  const startedAt = Date.now();
  if (exitCode === null) child.kill('SIGTERM');
  await exited;
  const stopMs = Date.now() - startedAt;
  const recorded = readEvents(eventsFile);
  rmSync(scratch, { recursive: true, force: true });
  return {
    stdout,
    stderr,
    exitCode,
    stopMs,
    events: (name) =>
      recorded
        .filter((line) => line.startsWith(`fake: ${name} `))
        .map((line) => JSON.parse(line.slice(`fake: ${name} `.length)) as Record<string, unknown>),
  };
}

function readEvents(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n');
  } catch {
    return [];
  }
}

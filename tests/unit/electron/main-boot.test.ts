/**
 * Boots the real main process (bundled like scripts/build-main.ts does) in plain
 * Node against a fake Electron: the wiring order, the ready line, the pano://
 * page and media, state over IPC, and a clean SIGTERM, on machines where no
 * Electron binary exists. tests/electron covers the same with real Electron.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYER_CSP } from '../../../main/core/content-security-policy';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
// Inside the checkout, so the bundle finds package.json and assets/ above it as the real one does.
const outDir = join(repo, 'test-results', 'unit-electron-main-boot');
const register = fileURLToPath(new URL('./fake-electron/register.mjs', import.meta.url));

let dataDir: string;
let stdout = '';
let stderr = '';
let exitCode: number | null = null;
let stopMs = 0;

const events = (name: string) =>
  stderr
    .split('\n')
    .filter((line) => line.startsWith(`fake: ${name} `))
    .map((line) => JSON.parse(line.slice(`fake: ${name} `.length)) as Record<string, unknown>);

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`the main process did not show its window:\n${stderr}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

beforeAll(async () => {
  await build({
    entryPoints: [join(repo, 'main/electron/main.ts')],
    outfile: join(outDir, 'main.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  dataDir = await mkdtemp(join(tmpdir(), 'pano-main-boot-'));
  const child = spawn(
    process.execPath,
    ['--import', register, join(outDir, 'main.js'), '--port', '0', '--data-dir', dataDir, '--ozone-platform=x11'],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.on('exit', (code) => ((exitCode = code), done())));
  try {
    await waitFor(() => events('show').length > 0 || exitCode !== null, 8000);
  } finally {
    if (events('show').length === 0) child.kill('SIGKILL');
  }
  const startedAt = Date.now();
  child.kill('SIGTERM');
  await exited;
  stopMs = Date.now() - startedAt;
}, 20_000);

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

describe('the kiosk main process (against a fake Electron)', () => {
  it('prints exactly the ready line of contract.md on stdout', () => {
    expect(stdout).toMatch(/^pano: listening on http:\/\/127\.0\.0\.1:\d+\n$/);
  });

  it('keeps its Chromium profile, and so its single-instance lock, in the data dir', () => {
    expect(events('set-path')).toEqual([{ name: 'userData', value: join(dataDir, 'electron-profile') }]);
    expect(events('single-instance-lock')).toHaveLength(1);
  });

  it('leaves Chromium switches to Chromium', () => {
    expect(stderr).toContain('Chromium switches: --ozone-platform=x11');
  });

  it('registers pano:// as a privileged scheme and hardens the session', () => {
    expect(events('privileged-schemes')).toEqual([
      [{ scheme: 'pano', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }],
    ]);
    expect(events('permission-request')).toEqual([{ granted: false }]);
    expect(events('permission-check')).toEqual([{ granted: false }]);
    expect(events('application-menu')).toEqual([{ menu: null }]);
    expect(events('power-save-blocker')).toEqual([{ type: 'prevent-display-sleep' }]);
  });

  it('opens one kiosk window on pano://app/ and refuses to leave it', () => {
    expect(events('window')).toHaveLength(1);
    expect(events('window')[0]).toMatchObject({ kiosk: true, fullscreen: true, show: false });
    expect(events('page')).toEqual([{ url: 'pano://app/', status: 200, csp: PLAYER_CSP }]);
    expect(events('navigate-away')).toEqual([{ prevented: true }]);
    expect(events('window-open')).toEqual([{ action: 'deny' }]);
  });

  it('gives the page its state and media, hides the cursor, then shows the window', () => {
    expect(events('state')).toEqual([{ revision: expect.any(Number), slides: expect.any(Number), mediaStatus: 200 }]);
    expect(events('state')[0]?.slides).toBeGreaterThan(0);
    expect(events('insert-css')).toEqual([{ css: '* { cursor: none !important; }' }]);
  });

  it('stops cleanly within 5 s of SIGTERM', () => {
    expect(stderr).toContain('SIGTERM received, stopping');
    expect(exitCode).toBe(0);
    expect(stopMs).toBeLessThan(5000);
  });
});

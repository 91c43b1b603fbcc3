/**
 * The kiosk healing itself in real Electron: a renderer killed mid-show is
 * replaced and a slide is on screen again within 5 s, with the standby card
 * gone once the new page is ready. Skipped, with the reason, where no Electron
 * binary exists (tests/unit/electron/recovery.test.ts covers the same logic
 * against the fake Electron).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { electronForTests, REPO_ROOT, rootSwitches } from './electron-runtime';

const runtime = electronForTests();
test.skip(runtime.path === null, runtime.path === null ? runtime.skipReason : '');
test.describe.configure({ mode: 'serial' });

/** The slide the player shows (contract.md's hook). */
const ACTIVE_SLIDE = '[data-testid="slide"][data-active="true"]';

let app: ElectronApplication;
let dataDir: string;

/** What the kiosk window shows, read from the main process (Playwright's page does not survive a renderer crash). */
function kioskWindow() {
  return app.evaluate(async ({ BrowserWindow }, selector) => {
    const windows = BrowserWindow.getAllWindows();
    const window = windows[0];
    if (!window) return { windows: 0, pid: 0, slideShown: false, overlays: 0 };
    const contents = window.webContents;
    // A dead or reloading page may never answer: give it a second, then call it "not shown".
    const slideShown = await Promise.race([
      contents.executeJavaScript(`document.querySelector(${JSON.stringify(selector)}) !== null`).catch(() => false),
      new Promise<boolean>((done) => setTimeout(() => done(false), 1000)),
    ]);
    return {
      windows: windows.length,
      pid: contents.getOSProcessId(),
      slideShown: Boolean(slideShown),
      overlays: window.contentView.children.length,
    };
  }, ACTIVE_SLIDE);
}

test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pano-electron-recovery-'));
  app = await electron.launch({
    executablePath: runtime.path as string,
    args: ['.', ...rootSwitches(), '--data-dir', dataDir, '--port', '0'],
    cwd: REPO_ROOT,
  });
  await app.firstWindow();
});

test.afterAll(async () => {
  if (app && app.process().exitCode === null) await app.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test('shows a slide again within 5 s of its renderer being killed', async () => {
  await expect.poll(async () => (await kioskWindow()).slideShown, { timeout: 15_000 }).toBe(true);
  const before = await kioskWindow();

  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer());

  await expect
    .poll(
      async () => {
        const now = await kioskWindow();
        return now.slideShown && now.pid !== before.pid;
      },
      { timeout: 5000 },
    )
    .toBe(true);
  // The standby card covered the gap and is gone now that the new page is ready; still one window.
  await expect.poll(async () => (await kioskWindow()).overlays).toBe(0);
  expect((await kioskWindow()).windows).toBe(1);
});

test('logs the recovery and remembers it for the next start', async () => {
  const log = await readFile(join(dataDir, 'logs', 'pano.log'), 'utf8');
  expect(log).toContain('"event":"screen-recovery"');
  // Electron reports a forced kill as `killed` or `crashed`, depending on the platform.
  expect(log).toMatch(/the screen's renderer is gone \((killed|crashed)/);
  const statePath = join(dataDir, 'state', 'recovery.json');
  await expect.poll(() => existsSync(statePath)).toBe(true);
  const state = JSON.parse(await readFile(statePath, 'utf8'));
  expect(state.history.map((entry: { action: string }) => entry.action)).toEqual(['reload-now']);
});

/**
 * The hardened kiosk as a viewer and an attacker would meet it: one full-screen
 * window, state through the preload bridge only, no way off pano://app, no Node.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { PlayerBridge } from '../../main/core/bridge';
import { PLAYER_CSP } from '../../main/core/content-security-policy';
import { electronForTests, REPO_ROOT, rootSwitches } from './electron-runtime';

const runtime = electronForTests();
test.skip(runtime.path === null, runtime.path === null ? runtime.skipReason : '');
test.describe.configure({ mode: 'serial' });

type PanoWindow = Window & { pano: PlayerBridge };

let app: ElectronApplication;
let page: Page;
let dataDir: string;
let stdout = '';

test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pano-electron-'));
  app = await electron.launch({
    executablePath: runtime.path as string,
    args: ['.', ...rootSwitches(), '--data-dir', dataDir, '--port', '0'],
    cwd: REPO_ROOT,
  });
  app.process().stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  if (app && app.process().exitCode === null) await app.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test('prints the ready line of contract.md', async () => {
  await expect.poll(() => stdout).toMatch(/^pano: listening on http:\/\/127\.0\.0\.1:\d+$/m);
});

test('fills the screen as a kiosk', async () => {
  const windowState = () =>
    app.evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows();
      const [window] = windows;
      return {
        count: windows.length,
        kiosk: window?.isKiosk(),
        fullScreen: window?.isFullScreen(),
        visible: window?.isVisible(),
      };
    });
  await expect.poll(windowState).toEqual({ count: 1, kiosk: true, fullScreen: true, visible: true });
});

test('shows pano://app/ and gives it its state through the preload bridge only', async () => {
  expect(page.url()).toBe('pano://app/');
  const bridge = await page.evaluate(() => Object.keys((window as unknown as PanoWindow).pano).sort());
  expect(bridge).toEqual(['getState', 'onCommand', 'onState', 'report']);
  const state = await page.evaluate(() => (window as unknown as PanoWindow).pano.getState());
  expect(state.slides.length).toBeGreaterThan(0);
  expect(state.revision).toBeGreaterThan(0);
});

test('serves media and pages over pano:// with the one CSP', async () => {
  const result = await page.evaluate(async () => {
    const { slides } = await (window as unknown as PanoWindow).pano.getState();
    const picture = slides.flatMap((slide) => (slide.kind === 'image' ? [slide.src] : []))[0]!;
    const [page, media, missing] = await Promise.all([fetch('/'), fetch(picture), fetch('/nope.js')]);
    return {
      pageCsp: page.headers.get('content-security-policy'),
      mediaStatus: media.status,
      mediaType: media.headers.get('content-type'),
      missingStatus: missing.status,
      missingCsp: missing.headers.get('content-security-policy'),
    };
  });
  expect(result).toEqual({
    pageCsp: PLAYER_CSP,
    mediaStatus: 200,
    mediaType: expect.stringMatching(/^image\//),
    missingStatus: 404,
    missingCsp: PLAYER_CSP,
  });
});

test('gives the page no Node and no Electron', async () => {
  const globals = await page.evaluate(() => [
    typeof (window as { require?: unknown }).require,
    typeof (window as { process?: unknown }).process,
  ]);
  expect(globals).toEqual(['undefined', 'undefined']);
});

test('hides the cursor', async () => {
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).cursor)).toBe('none');
});

test('refuses to open windows', async () => {
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('refuses to navigate to another origin', async () => {
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  // A navigation, had it been allowed, would have started by now (there is no network to wait for).
  await page.waitForTimeout(1000);
  expect(page.url()).toBe('pano://app/');
  expect(await page.evaluate(() => typeof (window as unknown as PanoWindow).pano.getState)).toBe('function');
});

test('stops within 5 s on SIGTERM', async () => {
  const child = app.process();
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const startedAt = Date.now();
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(Date.now() - startedAt).toBeLessThan(5000);
});

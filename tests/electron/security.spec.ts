/**
 * The shell's security checklist (tests/unit/electron/shell-security.test.ts) on a
 * real kiosk window: the preferences Chromium really got, and what a hostile page
 * would try — opening windows, leaving pano://app, asking for permissions,
 * running inline script or a <webview>. kiosk.spec.ts shows the ordinary case
 * (one window.open, one navigation); this spec is the attacker's list.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { PLAYER_CSP } from '../../main/core/content-security-policy';
import { electronForTests, REPO_ROOT, rootSwitches } from './electron-runtime';
import { ISOLATED_PREFERENCES } from '../support/isolated-preferences';

const runtime = electronForTests();
test.skip(runtime.path === null, runtime.path === null ? runtime.skipReason : '');
test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pano-electron-security-'));
  app = await electron.launch({
    executablePath: runtime.path as string,
    args: ['.', ...rootSwitches(), '--data-dir', dataDir, '--port', '0'],
    cwd: REPO_ROOT,
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  if (app && app.process().exitCode === null) await app.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** How many windows the app has and which URL the kiosk page is on: nothing a page does may change either. */
const windowsAndUrl = () =>
  app.evaluate(({ BrowserWindow }) => ({
    windows: BrowserWindow.getAllWindows().length,
    url: BrowserWindow.getAllWindows()[0]?.webContents.getURL() ?? '',
  }));

test('every web contents runs with the isolated preferences it was given', async () => {
  const preferences = await app.evaluate(({ webContents }) =>
    webContents.getAllWebContents().map((contents) => {
      // Not in Electron's typings, but present at runtime: what Chromium was really started with.
      const last = (contents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null })
        .getLastWebPreferences;
      return { url: contents.getURL(), preferences: last ? last.call(contents) : 'getLastWebPreferences is missing' };
    }),
  );
  expect(preferences.length).toBeGreaterThan(0);
  for (const { url, preferences: web } of preferences) {
    expect(web, url).toMatchObject(ISOLATED_PREFERENCES);
    if (url.startsWith('pano://app/'))
      expect(String((web as Record<string, unknown>).preload)).toMatch(/preload\.cjs$/u);
    else expect((web as Record<string, unknown>).preload ?? '', `${url} has no preload`).toBe('');
  }
});

test('window.open, target=_blank links and forms open nothing', async () => {
  await page.evaluate(() => {
    for (const url of ['https://example.com/', 'pano://app/', 'about:blank', 'javascript:void 0']) window.open(url);
    const link = Object.assign(document.createElement('a'), { href: 'https://example.com/', target: '_blank' });
    document.body.append(link);
    link.click();
    link.remove();
  });
  await page.waitForTimeout(500);
  expect(await windowsAndUrl()).toEqual({ windows: 1, url: 'pano://app/' });
});

test('the page cannot leave pano://app: not by location, a link or a form', async () => {
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), { href: 'file:///etc/passwd' });
    document.body.append(link);
    link.click();
    link.remove();
    const form = Object.assign(document.createElement('form'), { action: 'https://example.com/', method: 'get' });
    document.body.append(form);
    form.submit();
    form.remove();
    location.assign('http://127.0.0.1:1/');
  });
  await page.waitForTimeout(1000);
  expect(await windowsAndUrl()).toEqual({ windows: 1, url: 'pano://app/' });
});

test('every permission the page asks for is denied', async () => {
  const answers = await page.evaluate(async () => {
    const query = async (name: string) => {
      try {
        return (await navigator.permissions.query({ name } as PermissionDescriptor)).state;
      } catch (error) {
        return `refused: ${(error as Error).name}`;
      }
    };
    const media = await navigator.mediaDevices
      .getUserMedia({ video: true })
      .then(() => 'granted')
      .catch((error: Error) => `refused: ${error.name}`);
    const geolocation = await new Promise<string>((done) =>
      navigator.geolocation.getCurrentPosition(
        () => done('granted'),
        (error) => done(`refused: ${error.code}`),
        { timeout: 3000 },
      ),
    );
    return {
      notification: await Notification.requestPermission(),
      media,
      geolocation,
      queries: await Promise.all(['camera', 'microphone', 'geolocation', 'notifications'].map(query)),
    };
  });
  expect(answers.notification).toBe('denied');
  expect(answers.media).toMatch(/^refused/u);
  expect(answers.geolocation).toMatch(/^refused/u);
  for (const state of answers.queries) expect(state).not.toBe('granted');
});

test('the page is served with the one CSP, and inline script and handlers are refused', async () => {
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__panoXss = 1';
    document.body.append(script);
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.__panoXss = 2');
    document.body.append(button);
    button.click();
    await new Promise((done) => setTimeout(done, 300));
    script.remove();
    button.remove();
    const csp = (await fetch('/')).headers.get('content-security-policy');
    return { violations, canary: (window as unknown as { __panoXss?: number }).__panoXss ?? null, csp };
  });
  expect(outcome.csp).toBe(PLAYER_CSP);
  expect(outcome.canary).toBeNull();
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
});

test('a <webview> added by the page never attaches', async () => {
  await page.evaluate(() => {
    const webview = document.createElement('webview');
    webview.setAttribute('src', 'https://example.com/');
    webview.setAttribute('nodeintegration', '');
    document.body.append(webview);
  });
  await page.waitForTimeout(500);
  const urls = await app.evaluate(({ webContents }) => webContents.getAllWebContents().map((c) => c.getURL()));
  expect(urls.filter((url) => url.includes('example.com'))).toEqual([]);
  expect(await windowsAndUrl()).toEqual({ windows: 1, url: 'pano://app/' });
});

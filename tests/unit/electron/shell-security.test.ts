/**
 * The Electron shell's security checklist in one place (issue 7), on every
 * machine: the fake Electron in ./fake-electron plays Chromium. For every
 * window and view the kiosk creates — the kiosk window, and the standby card
 * laid over it when its renderer dies — the web preferences isolate the page;
 * every web contents refuses navigation off pano://app, new windows and
 * <webview>; the session grants no permission and starts no download; and the
 * real main process, booted against the fake, serves its page with a CSP that
 * allows no inline script and no eval. tests/electron/security.spec.ts checks
 * the same on real Electron where a binary exists.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, type Session, type WebContents } from 'electron';
import { PLAYER_CSP } from '../../../main/core/content-security-policy';
import { guardAllWebContents, hardenSession } from '../../../main/electron/security';
import { bootKiosk, buildKioskMain, type KioskBoot } from './boot-kiosk';
import { fakeRecords } from './fake-electron/electron.mjs';
import { captureLog, startSupervised } from './recovery-kit';
import { ISOLATED_PREFERENCES } from '../../support/isolated-preferences';

vi.mock('electron', () => import('./fake-electron/electron.mjs'));

/** The preload path startSupervised gives the kiosk window, as main.ts gives dist/electron/preload.cjs. */
const PRELOAD = '/app/dist/electron/preload.cjs';

const records = (name: string) => fakeRecords.filter(([event]) => event === name).map(([, detail]) => detail);

/** A web contents as the fake makes it, with what the guard registered on it. */
type FakeContents = WebContents & {
  windowOpenHandler?: (details: { url: string }) => { action: string };
};

/** Fires `event` on `contents` as Chromium would, and says whether a listener prevented it. */
function prevented(contents: WebContents, event: string, details: Record<string, unknown>): boolean {
  let wasPrevented = false;
  const payload = { ...details, preventDefault: () => void (wasPrevented = true) };
  (contents as unknown as EventEmitter).emit(event, payload, ...Object.values(details));
  return wasPrevented;
}

/** Places a page might try to go: other origins, other schemes, and other hosts of pano://. */
const ELSEWHERE = [
  'https://example.com/',
  'http://127.0.0.1:7420/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'pano://evil/',
  'chrome://settings/',
  'devtools://devtools/bundled/inspector.html',
];

describe('every window and view the kiosk creates', () => {
  const contents: Array<{ name: string; contents: FakeContents }> = [];
  const windows: Array<{ name: string; options: Record<string, unknown> }> = [];
  let stop: () => Promise<void>;

  beforeAll(async () => {
    fakeRecords.length = 0;
    // As main.ts does before any window exists: every web contents created from now on is guarded.
    guardAllWebContents(captureLog());
    const kiosk = await startSupervised(mkdtempSync(join(tmpdir(), 'pano-shell-security-')));
    const window = kiosk.windows[0] as BrowserWindow;
    contents.push({ name: 'kiosk window', contents: window.webContents as FakeContents });
    // The renderer dies: the standby card is laid over the window while the page comes back.
    (window.webContents as unknown as { crash(reason: string, exitCode?: number): void }).crash('crashed', 139);
    await vi.waitFor(() => expect(records('view')).toHaveLength(1));
    const overlays = (window.contentView as unknown as { children: Array<{ webContents: FakeContents }> }).children;
    const view = overlays[0];
    if (view) contents.push({ name: 'standby view', contents: view.webContents });
    windows.push(
      ...records('window').map((options, i) => ({ name: `window ${i + 1}`, options })),
      ...records('view').map((options, i) => ({ name: `view ${i + 1}`, options })),
    );
    stop = async () => {
      kiosk.supervisor.stop();
      await kiosk.supervisor.saved();
      for (const open of BrowserWindow.getAllWindows()) open.destroy();
    };
  });

  afterAll(async () => {
    await stop?.();
  });

  it('creates the kiosk window and the standby view, and nothing unchecked', () => {
    expect(windows.map((w) => w.name)).toEqual(['window 1', 'view 1']);
    expect(contents.map((c) => c.name)).toEqual(['kiosk window', 'standby view']);
  });

  it('isolates each page from Node and Electron', () => {
    for (const { name, options } of windows) {
      const web = (options.webPreferences ?? {}) as Record<string, unknown>;
      expect(web, name).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        allowRunningInsecureContent: false,
        webviewTag: false,
        devTools: false,
      });
      // Electron's default is on; only an explicit false would turn the same-origin policy off.
      expect(web.webSecurity, `${name}: webSecurity`).not.toBe(false);
      expect(web.experimentalFeatures ?? false, `${name}: experimentalFeatures`).toBe(false);
      expect(web.enableBlinkFeatures, `${name}: enableBlinkFeatures`).toBeUndefined();
    }
  });

  it('gives the bridge preload to the kiosk window only; the standby card runs no script at all', () => {
    const [kioskWindow, standby] = windows;
    expect((kioskWindow?.options.webPreferences as Record<string, unknown>).preload).toBe(PRELOAD);
    const card = standby?.options.webPreferences as Record<string, unknown>;
    expect(card).not.toHaveProperty('preload');
    expect(card.javascript).toBe(false);
  });

  it('keeps each web contents on pano://app: navigation, redirects and sub-frame navigation elsewhere are prevented', () => {
    for (const { name, contents: web } of contents) {
      for (const url of ELSEWHERE) {
        expect(prevented(web, 'will-navigate', { url }), `${name}: will-navigate ${url}`).toBe(true);
        expect(prevented(web, 'will-redirect', { url }), `${name}: will-redirect ${url}`).toBe(true);
        expect(prevented(web, 'will-frame-navigate', { url, isMainFrame: false }), `${name}: sub-frame to ${url}`).toBe(
          true,
        );
      }
      // Its own pages stay reachable (a reload, the player page itself).
      expect(prevented(web, 'will-navigate', { url: 'pano://app/' }), `${name}: pano://app/`).toBe(false);
    }
  });

  it('denies every new window, its own origin included', () => {
    for (const { name, contents: web } of contents) {
      expect(web.windowOpenHandler, `${name} has a window-open handler`).toBeTypeOf('function');
      for (const url of [...ELSEWHERE, 'pano://app/', 'about:blank']) {
        expect(web.windowOpenHandler?.({ url }), `${name}: window.open(${url})`).toEqual({ action: 'deny' });
      }
    }
  });

  it('refuses to attach a <webview>', () => {
    for (const { name, contents: web } of contents) {
      const webPreferences = { nodeIntegration: true, preload: '/tmp/evil.js' };
      expect(
        prevented(web, 'will-attach-webview', { webPreferences, params: { src: 'https://example.com/' } }),
        name,
      ).toBe(true);
    }
  });
});

describe('the kiosk session', () => {
  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
  let request: RequestHandler | undefined;
  let check: CheckHandler | undefined;
  const session = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: (handler: RequestHandler) => (request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (check = handler),
  });
  hardenSession(session as unknown as Session);

  const PERMISSIONS = [
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'idle-detection',
    'midi',
    'midiSysex',
    'pointerLock',
    'keyboardLock',
    'hid',
    'serial',
    'usb',
    'storage-access',
    'window-management',
    'unknown',
  ];

  it('denies every permission a page asks for', () => {
    for (const permission of PERMISSIONS) {
      const answers: boolean[] = [];
      request?.(null, permission, (granted) => answers.push(granted));
      expect(answers, `request ${permission}`).toEqual([false]);
    }
  });

  it('answers every permission check with no', () => {
    for (const permission of PERMISSIONS) {
      expect(check?.(null, permission, 'pano://app', {}), `check ${permission}`).toBe(false);
    }
  });

  it('starts no download', () => {
    let wasPrevented = false;
    session.emit('will-download', { preventDefault: () => (wasPrevented = true) }, {}, null);
    expect(wasPrevented).toBe(true);
  });
});

describe('the real main process, booted against the fake Electron', () => {
  let boot: KioskBoot;
  let removeBundle: () => void;
  const dataDir = mkdtempSync(join(tmpdir(), 'pano-shell-boot-'));

  beforeAll(async () => {
    const bundle = await buildKioskMain('shell-security');
    removeBundle = bundle.remove;
    boot = await bootKiosk(bundle.mainJs, ['--port', '0', '--data-dir', dataDir]);
  }, 30_000);

  afterAll(() => {
    removeBundle?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens its window with the same isolated preferences', () => {
    expect(boot.events('window')).toHaveLength(1);
    expect(boot.events('window')[0]?.webPreferences).toMatchObject({
      ...ISOLATED_PREFERENCES,
      devTools: false,
      preload: expect.stringMatching(/preload\.cjs$/u),
    });
  });

  it('hardens the default session and guards its window (navigation away and window.open refused)', () => {
    expect(boot.events('permission-request')).toEqual([{ granted: false }]);
    expect(boot.events('permission-check')).toEqual([{ granted: false }]);
    expect(boot.events('navigate-away')).toEqual([{ prevented: true }]);
    expect(boot.events('window-open')).toEqual([{ action: 'deny' }]);
  });

  it('serves its page over pano:// with the one CSP, which allows no inline script and no eval', () => {
    expect(boot.events('page')).toEqual([{ url: 'pano://app/', status: 200, csp: PLAYER_CSP }]);
    const scriptSrc = PLAYER_CSP.split(';')
      .map((part) => part.trim().split(/\s+/u))
      .find(([name]) => name === 'script-src');
    expect(scriptSrc).toEqual(['script-src', "'self'"]);
    expect(PLAYER_CSP).not.toContain("'unsafe-eval'");
    expect(PLAYER_CSP).toContain("object-src 'none'");
  });
});

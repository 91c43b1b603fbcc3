/**
 * The kiosk healing itself, with Electron played by the fake in ./fake-electron
 * and time by vitest's fake clock: each fault leads to the action a viewer
 * would see (a reload, a new window, a relaunch, an exit for systemd), the
 * standby card covers the window meanwhile, and the ladder survives a relaunch.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, type WebContentsView } from 'electron';
import { fakeRecords } from './fake-electron/electron.mjs';
import { ASSETS_DIR, startSupervised } from './recovery-kit';

vi.mock('electron', () => import('./fake-electron/electron.mjs'));

const MIN = 60_000;
let dataDir: string;
let running: Array<Awaited<ReturnType<typeof startSupervised>>> = [];

/** What the fake Electron recorded under `name` since the test began. */
const records = (name: string) => fakeRecords.filter(([event]) => event === name).map(([, detail]) => detail);
/** The views laid over `window` (the standby card when there is one). */
const overlays = (window: BrowserWindow) => (window.contentView as unknown as { children: WebContentsView[] }).children;
const nameOf = (window: BrowserWindow) => (window as unknown as { name: string }).name;
const setRendererKb = (kb: number) => ((app as unknown as { fakeRendererKb: number }).fakeRendererKb = kb);
const crash = (window: BrowserWindow, reason = 'crashed') =>
  (window.webContents as unknown as { crash(reason: string, exitCode?: number): void }).crash(reason, 139);

async function start(failAfter?: number) {
  const kiosk = await startSupervised(dataDir, failAfter);
  running.push(kiosk);
  return kiosk;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
  dataDir = mkdtempSync(join(tmpdir(), 'pano-recovery-'));
  fakeRecords.length = 0;
});

afterEach(async () => {
  for (const kiosk of running) {
    kiosk.supervisor.stop();
    await kiosk.supervisor.saved();
  }
  running = [];
  for (const window of BrowserWindow.getAllWindows()) window.destroy();
  setRendererKb(200_000);
  vi.restoreAllMocks();
  vi.useRealTimers();
  delete process.env.APPIMAGE;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the kiosk under the recovery supervisor', () => {
  it('opens one window on pano://app/ and gives the host its screenshot and memory sources', async () => {
    const kiosk = await start();
    expect(records('load')).toEqual([{ window: nameOf(kiosk.windows[0]!), url: 'pano://app/' }]);
    expect((await kiosk.screenshot()!()).toString()).toBe(`png of ${nameOf(kiosk.windows[0]!)}`);
    const processes = kiosk.processMemory()!() as Array<{ type: string; pid: number; residentBytes: number }>;
    expect(processes).toContainEqual({
      type: 'Tab',
      pid: kiosk.windows[0]!.webContents.getOSProcessId(),
      residentBytes: 200_000 * 1024,
    });
  });

  it('reloads a crashed page at once, behind the standby card, and takes the card away when the page is ready', async () => {
    const kiosk = await start();
    const [window] = kiosk.windows;
    crash(window!);
    await vi.advanceTimersByTimeAsync(0);

    expect(records('load')).toHaveLength(2);
    expect(kiosk.recoveries).toEqual(['renderer-gone:crashed']);
    expect(kiosk.log.lines.filter((line) => line.includes('screen-recovery'))).toEqual([
      "warn screen-recovery: kiosk: the screen's renderer is gone (crashed, exit code 139): " +
        'reloading the page now, as there is no slide change to wait for',
    ]);
    expect(overlays(window!)).toHaveLength(1);
    // The card: sandboxed, no script, no preload; the bundled picture embedded in a static page.
    expect(records('view')[0]?.webPreferences).toMatchObject({ sandbox: true, javascript: false, devTools: false });
    expect(records('view')[0]?.webPreferences).not.toHaveProperty('preload');
    const page = String(records('view-load')[0]?.url);
    expect(page.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    const html = Buffer.from(page.split(',')[1]!, 'base64').toString();
    const card = readFileSync(join(ASSETS_DIR, 'slides', 'standby.jpg')).toString('base64');
    expect(html).toContain(`src="data:image/jpeg;base64,${card}"`);
    expect(html).not.toContain('<script');

    // The card swallows keys like the screen does, but the operator's way out still works over it.
    const key = (code: string) => {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      const input = { type: 'keyDown', key: 'q', code, control: true, alt: true, shift: true, meta: false };
      overlays(window!)[0]!.webContents.emit('before-input-event', event, { ...input, isAutoRepeat: false });
      return event.defaultPrevented;
    };
    expect(key('KeyW')).toBe(true);
    expect(kiosk.quit).not.toHaveBeenCalled();
    key('KeyQ');
    expect(kiosk.quit).toHaveBeenCalledTimes(1);

    kiosk.report({ type: 'ready', revision: 1 });
    expect(overlays(window!)).toHaveLength(0);
    expect(records('contents-closed')).toEqual([{ name: 'view' }]);
  });

  it('climbs from reload to a new window to a relaunch of the AppImage when crashes keep coming', async () => {
    process.env.APPIMAGE = '/home/hall/Applications/Pano.AppImage';
    const kiosk = await start();
    crash(kiosk.windows[0]!);
    await vi.advanceTimersByTimeAsync(30_000);
    crash(kiosk.windows[0]!);
    await vi.advanceTimersByTimeAsync(0);

    // A new window, wired like the first (its IPC handlers did not collide), covered by the card;
    // the old one keeps the card up until the new one has painted.
    expect(kiosk.windows).toHaveLength(2);
    const [old, fresh] = kiosk.windows as [BrowserWindow, BrowserWindow];
    expect(records('load').at(-1)).toEqual({ window: nameOf(fresh), url: 'pano://app/' });
    expect(overlays(fresh)).toHaveLength(1);
    expect(old.isDestroyed()).toBe(false);
    fresh.emit('ready-to-show');
    expect(old.isDestroyed()).toBe(true);
    expect(fresh.isVisible()).toBe(true);

    await vi.advanceTimersByTimeAsync(30_000);
    crash(fresh);
    // The relaunch waits until recovery.json is written, so the next process knows of it.
    await vi.waitFor(() => expect(kiosk.quit).toHaveBeenCalled());
    expect(records('relaunch')).toEqual([
      { execPath: '/home/hall/Applications/Pano.AppImage', args: process.argv.slice(1) },
    ]);
    expect(kiosk.quit).toHaveBeenCalledTimes(1);
    expect(kiosk.log.lines.filter((line) => line.startsWith('error screen-recovery'))).toHaveLength(1);
    expect(kiosk.recoveries).toEqual(['renderer-gone:crashed', 'renderer-gone:crashed', 'renderer-gone:crashed']);
  });

  it('remembers the relaunch: the next process exits with code 1 for systemd when the crash comes back', async () => {
    const exit = vi.spyOn(app, 'exit').mockImplementation((() => {}) as never);
    const first = await start();
    crash(first.windows[0]!);
    await vi.advanceTimersByTimeAsync(10_000);
    crash(first.windows[0]!);
    await vi.advanceTimersByTimeAsync(10_000);
    crash(first.windows[1]!);
    await vi.waitFor(() => expect(first.quit).toHaveBeenCalled());
    expect(first.quit).toHaveBeenCalledTimes(1);
    // Without APPIMAGE, Electron relaunches its own executable.
    expect(records('relaunch')).toEqual([{}]);
    const saved = JSON.parse(readFileSync(join(dataDir, 'state', 'recovery.json'), 'utf8'));
    expect(saved.history.map((entry: { action: string }) => entry.action)).toEqual([
      'reload-now',
      'recreate-window',
      'relaunch-app',
    ]);

    first.supervisor.stop();
    await vi.advanceTimersByTimeAsync(20_000);
    const second = await start();
    crash(second.windows[0]!);
    await vi.waitFor(() => expect(exit).toHaveBeenCalled());
    expect(second.log.lines.at(-1)).toMatch(/^error screen-recovery: .*exiting with an error so the service manager/);
    expect(second.closed()).toBe(1);
    expect(exit).toHaveBeenCalledWith(1);
    expect(overlays(second.windows[0]!)).toHaveLength(1);
  });

  it('relaunches when no new window can be opened, keeping the standby card up meanwhile', async () => {
    const kiosk = await start(1);
    crash(kiosk.windows[0]!);
    await vi.advanceTimersByTimeAsync(10_000);
    crash(kiosk.windows[0]!);
    await vi.waitFor(() => expect(kiosk.quit).toHaveBeenCalled());
    expect(records('relaunch')).toHaveLength(1);
    expect(kiosk.log.lines).toContainEqual(
      'error window-replace-failed: kiosk: cannot open a new window (the display server went away); relaunching',
    );
    expect(overlays(kiosk.windows[0]!)).toHaveLength(1);
  });

  it('starts fresh, saying so, when recovery.json is damaged', async () => {
    mkdirSync(join(dataDir, 'state'));
    writeFileSync(join(dataDir, 'state', 'recovery.json'), '{"rung": 4, "lastFa');
    const kiosk = await start();
    const notes = kiosk.log.lines.filter((line) => line.startsWith('warn recovery-state-unreadable'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('recovery.json was unreadable (it is not valid JSON)');
    expect(readdirSync(join(dataDir, 'state')).some((name) => name.startsWith('recovery.json.corrupt-'))).toBe(true);
    // A fresh ladder: a crash is met with a reload, not with give-up.
    crash(kiosk.windows[0]!);
    await vi.advanceTimersByTimeAsync(0);
    expect(records('load')).toHaveLength(2);
  });

  it('lets a short hang pass, and restarts a page hung past 10 s in a fresh renderer', async () => {
    const kiosk = await start();
    const [window] = kiosk.windows as [BrowserWindow];
    window.emit('unresponsive');
    await vi.advanceTimersByTimeAsync(9_000);
    window.emit('responsive');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(records('crash-renderer')).toEqual([]);
    expect(kiosk.recoveries).toEqual([]);

    window.emit('unresponsive');
    await vi.advanceTimersByTimeAsync(10_000);
    // The reload runs just after, out of the event handler.
    await vi.advanceTimersByTimeAsync(1);
    expect(records('crash-renderer')).toEqual([{ name: nameOf(window) }]);
    expect(records('load')).toHaveLength(2);
    // The kill was the recovery's own: not counted as a second fault.
    expect(kiosk.recoveries).toEqual(['unresponsive']);
    expect(kiosk.log.lines.filter((line) => line.includes('screen-recovery'))).toEqual([
      expect.stringContaining('the screen has not responded for 10 s'),
    ]);
    expect(overlays(window)).toHaveLength(1);
  });

  it('asks for an unseen reload at the next slide change when the renderer outgrows its memory budget', async () => {
    const kiosk = await start();
    kiosk.report({ type: 'ready', revision: 1 });
    setRendererKb(1.5 * 1024 * 1024);
    await vi.advanceTimersByTimeAsync(MIN);
    expect(kiosk.commands).toEqual([{ type: 'reload-at-boundary', reason: expect.stringContaining('1536 MiB') }]);
    expect(kiosk.recoveries).toEqual(['memory']);
    expect(overlays(kiosk.windows[0]!)).toHaveLength(0);
    // Until the reloaded page is ready, the old page's memory is no new fault.
    await vi.advanceTimersByTimeAsync(2 * MIN);
    expect(kiosk.commands).toHaveLength(1);
  });

  it('reloads unseen after the GPU process is lost, and ignores other processes', async () => {
    const kiosk = await start();
    app.emit('child-process-gone', {}, { type: 'Utility', reason: 'crashed', exitCode: 1 });
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'clean-exit', exitCode: 0 });
    expect(kiosk.commands).toEqual([]);
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 1 });
    expect(kiosk.commands).toEqual([
      { type: 'reload-at-boundary', reason: expect.stringContaining('the GPU process is gone (crashed)') },
    ]);
    expect(kiosk.recoveries).toEqual(['gpu-gone']);
  });

  it('restarts the kiosk page when it stops reporting, but not for a page it already replaced or another screen', async () => {
    const kiosk = await start();
    kiosk.report({ type: 'heartbeat', pageId: 'old-page', slideId: 'bk1', lagMs: 0 });
    kiosk.report({ type: 'heartbeat', pageId: 'page-2', slideId: 'bk1', lagMs: 0 });
    kiosk.silent({ screen: 'kiosk', pageId: 'old-page', silentForMs: 30_000 });
    kiosk.silent({ screen: '192.168.1.20', pageId: 'page-2', silentForMs: 30_000 });
    expect(kiosk.recoveries).toEqual([]);

    kiosk.silent({ screen: 'kiosk', pageId: 'page-2', silentForMs: 30_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(kiosk.recoveries).toEqual(['heartbeat']);
    expect(records('crash-renderer')).toHaveLength(1);
    expect(records('load')).toHaveLength(2);
    expect(overlays(kiosk.windows[0]!)).toHaveLength(1);
  });

  it('tries a page that failed to load again, later each time, behind the standby card', async () => {
    const kiosk = await start();
    const [window] = kiosk.windows as [BrowserWindow];
    const fail = () => window.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'pano://app/', true);
    fail();
    expect(overlays(window)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(records('load')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(records('load')).toHaveLength(2);
    fail();
    await vi.advanceTimersByTimeAsync(999);
    expect(records('load')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(records('load')).toHaveLength(3);
    // A failed load is retried, not escalated.
    expect(kiosk.recoveries).toEqual([]);
  });

  it('writes its state atomically, leaving no temporary file', async () => {
    const kiosk = await start();
    crash(kiosk.windows[0]!);
    await vi.advanceTimersByTimeAsync(0);
    await kiosk.supervisor.saved();
    expect(existsSync(join(dataDir, 'state', 'recovery.json'))).toBe(true);
    expect(readdirSync(join(dataDir, 'state'))).toEqual(['recovery.json']);
  });
});

/**
 * Just enough of Electron's main-process API to boot main/electron/main.ts in
 * plain Node (no Electron binary can be downloaded on every machine). It plays
 * the renderer's part too: loading pano://app/ fetches the page through the
 * registered protocol handler and asks for the state over the IPC handler.
 * Every step is written to stderr as `fake: <event> <json>` for the test to read.
 *
 * A unit test can also import it in place of 'electron' (vi.mock) and drive one
 * module: then nothing registers a protocol, loading only records the URL, the
 * records go to `fakeRecords` instead of stderr, and the test plays Chromium's
 * part by emitting events (render-process-gone, unresponsive, ready-to-show, …).
 */
import { EventEmitter } from 'node:events';
import { appendFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

// Electron sets this when started as `electron .`; main.ts uses it to find where its flags start.
process.defaultApp = true;
/** Every record, for a unit test that imports this module directly: `[event, detail]`. */
export const fakeRecords = [];
// To FAKE_ELECTRON_EVENTS when set (a test that closes the kiosk's stderr still reads them), else stderr
// (but not inside vitest, which reads fakeRecords).
const record = (event, detail = {}) => {
  fakeRecords.push([event, detail]);
  const line = `fake: ${event} ${JSON.stringify(detail)}\n`;
  if (process.env.FAKE_ELECTRON_EVENTS) appendFileSync(process.env.FAKE_ELECTRON_EVENTS, line);
  else if (!process.env.VITEST) process.stderr.write(line);
};
let nextPid = 1000;

const paths = { userData: fileURLToPath(new URL('./user-data', import.meta.url)) };
let protocolHandler;
const ipcHandlers = new Map();

class App extends EventEmitter {
  isPackaged = false;
  requestSingleInstanceLock() {
    // Electron keeps the lock in userData: when that folder cannot be created, the lock fails.
    let granted = true;
    try {
      mkdirSync(paths.userData, { recursive: true });
    } catch {
      granted = false;
    }
    record('single-instance-lock', { granted });
    return granted;
  }
  setPath(name, value) {
    record('set-path', { name, value });
    paths[name] = value;
  }
  getPath(name) {
    return paths[name];
  }
  getVersion() {
    return '0.0.0-fake';
  }
  whenReady() {
    return new Promise((done) => setTimeout(done, 20));
  }
  exit(code) {
    record('exit', { code });
    process.exit(code);
  }
  relaunch(options) {
    record('relaunch', options ?? {});
  }
  /** The processes getAppMetrics reports: the browser, and each live window's renderer at `fakeRendererKb`. */
  fakeRendererKb = 200_000;
  getAppMetrics() {
    const renderers = BrowserWindow.getAllWindows().map((window) => ({
      type: 'Tab',
      pid: window.webContents.getOSProcessId(),
      memory: { workingSetSize: this.fakeRendererKb, peakWorkingSetSize: this.fakeRendererKb },
    }));
    return [
      { type: 'Browser', pid: process.pid, memory: { workingSetSize: 100_000, peakWorkingSetSize: 100_000 } },
      ...renderers,
    ];
  }
  quit() {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('before-quit', event);
    if (!event.defaultPrevented) process.exit(0);
  }
}

export const app = new App();
export const Menu = { setApplicationMenu: (menu) => record('application-menu', { menu }) };
export const powerSaveBlocker = { start: (type) => (record('power-save-blocker', { type }), 1) };
export const session = {
  defaultSession: Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: (handler) => {
      handler(null, 'media', (granted) => record('permission-request', { granted }));
    },
    setPermissionCheckHandler: (handler) => record('permission-check', { granted: handler(null, 'media', '', {}) }),
  }),
};
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => record('privileged-schemes', schemes),
  handle: (scheme, handler) => {
    record('protocol-handle', { scheme });
    protocolHandler = handler;
  },
};
export const net = { fetch: async (url) => new Response(await readFile(fileURLToPath(url))) };
const display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, size: { width: 1920, height: 1080 } };
export const screen = Object.assign(new EventEmitter(), {
  getAllDisplays: () => [display],
  getPrimaryDisplay: () => display,
});
export const ipcMain = Object.assign(new EventEmitter(), {
  handle: (channel, handler) => {
    // As Electron does: a second window wired before the first let go would throw here.
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  },
  removeHandler: (channel) => ipcHandlers.delete(channel),
});
export const shell = {};

/** A web contents with a renderer process that a test can crash (forcefullyCrashRenderer) and replace (loadURL). */
function fakeWebContents(name) {
  let destroyed = false;
  let crashed = false;
  let pid = (nextPid += 1);
  const contents = Object.assign(new EventEmitter(), {
    setVisualZoomLevelLimits: async () => {},
    insertCSS: async (css) => record('insert-css', { css }),
    send: (channel, payload) => record('send', { channel, revision: payload?.revision }),
    isDestroyed: () => destroyed,
    isCrashed: () => crashed,
    close: () => {
      destroyed = true;
      record('contents-closed', { name });
    },
    getOSProcessId: () => (crashed || destroyed ? 0 : pid),
    forcefullyCrashRenderer: () => {
      record('crash-renderer', { name });
      contents.crash('killed');
    },
    /** Test helper: the renderer dies with `reason`, as Chromium reports it (asynchronously). */
    crash: (reason, exitCode = 0) => {
      crashed = true;
      queueMicrotask(() => contents.emit('render-process-gone', {}, { reason, exitCode }));
    },
    /** A load starts in a fresh renderer process. */
    freshRenderer: () => {
      crashed = false;
      pid = nextPid += 1;
    },
    capturePage: async () => ({ toPNG: () => Buffer.from(`png of ${name}`) }),
    setWindowOpenHandler: (handler) => {
      // Kept, so a unit test can ask it about other URLs too.
      contents.windowOpenHandler = handler;
      record('window-open', handler({ url: 'https://example.com/' }));
    },
  });
  app.emit('web-contents-created', {}, contents);
  return contents;
}

const windows = new Set();
let windowCount = 0;

/** A view laid over a window (the standby card). */
export class WebContentsView extends EventEmitter {
  constructor(options) {
    super();
    record('view', options);
    this.webContents = fakeWebContents('view');
    this.webContents.loadURL = async (url) => record('view-load', { url });
  }
  setBounds(bounds) {
    this.bounds = bounds;
  }
  setBackgroundColor(color) {
    this.backgroundColor = color;
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return [...windows];
  }
  constructor(options) {
    super();
    record('window', options);
    this.name = `window-${(windowCount += 1)}`;
    this.destroyed = false;
    this.visible = false;
    const children = [];
    this.contentView = {
      children,
      addChildView: (view) => children.push(view),
      removeChildView: (view) => children.splice(children.indexOf(view), 1),
    };
    windows.add(this);
    this.webContents = fakeWebContents(this.name);
  }
  async loadURL(url) {
    this.webContents.freshRenderer();
    if (!protocolHandler) {
      // A unit test of one module: nothing serves pano://, the test plays the page.
      record('load', { window: this.name, url });
      return;
    }
    const page = await protocolHandler(new Request(url));
    record('page', { url, status: page.status, csp: page.headers.get('content-security-policy') });
    const navigation = { url: 'https://example.com/', defaultPrevented: false };
    navigation.preventDefault = () => (navigation.defaultPrevented = true);
    this.webContents.emit('will-navigate', navigation);
    record('navigate-away', { prevented: navigation.defaultPrevented });
    const frame = { url, parent: null };
    const state = await ipcHandlers.get('pano:get-state')({ sender: this.webContents, senderFrame: frame });
    const media = await protocolHandler(new Request(`pano://app${state.slides[0].src}`));
    record('state', { revision: state.revision, slides: state.slides.length, mediaStatus: media.status });
    this.webContents.emit('did-finish-load');
    this.emit('ready-to-show');
    // Then the window manager asks the window to close, as Alt+F4 would.
    this.close();
  }
  close() {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    record('close', { prevented: event.defaultPrevented });
    if (event.defaultPrevented) return;
    this.emit('closed');
    app.emit('window-all-closed');
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    windows.delete(this);
    record('destroy', { window: this.name });
    this.emit('closed');
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  isVisible() {
    return this.visible;
  }
  getContentBounds() {
    return { ...display.bounds };
  }
  setKiosk() {}
  setBounds() {}
  show() {
    this.visible = true;
    record('show', protocolHandler ? {} : { window: this.name });
  }
  focus() {}
}

export default {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  net,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  shell,
  WebContentsView,
};

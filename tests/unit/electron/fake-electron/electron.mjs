/**
 * Just enough of Electron's main-process API to boot main/electron/main.ts in
 * plain Node (no Electron binary can be downloaded on every machine). It plays
 * the renderer's part too: loading pano://app/ fetches the page through the
 * registered protocol handler and asks for the state over the IPC handler.
 * Every step is written to stderr as `fake: <event> <json>` for the test to read.
 */
import { EventEmitter } from 'node:events';
import { appendFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

// Electron sets this when started as `electron .`; main.ts uses it to find where its flags start.
process.defaultApp = true;
// To FAKE_ELECTRON_EVENTS when set (a test that closes the kiosk's stderr still reads them), else stderr.
const record = (event, detail = {}) => {
  const line = `fake: ${event} ${JSON.stringify(detail)}\n`;
  if (process.env.FAKE_ELECTRON_EVENTS) appendFileSync(process.env.FAKE_ELECTRON_EVENTS, line);
  else process.stderr.write(line);
};

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
  handle: (channel, handler) => ipcHandlers.set(channel, handler),
  removeHandler: (channel) => ipcHandlers.delete(channel),
});
export const shell = {};

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    record('window', options);
    this.webContents = Object.assign(new EventEmitter(), {
      setVisualZoomLevelLimits: async () => {},
      insertCSS: async (css) => record('insert-css', { css }),
      send: (channel, state) => record('send', { channel, revision: state.revision }),
      isDestroyed: () => false,
      setWindowOpenHandler: (handler) => record('window-open', handler({ url: 'https://example.com/' })),
    });
    app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url) {
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
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  show() {
    record('show');
  }
  focus() {}
}

export default { app, BrowserWindow, ipcMain, Menu, net, powerSaveBlocker, protocol, screen, session, shell };

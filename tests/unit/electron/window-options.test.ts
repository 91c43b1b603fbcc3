import { describe, expect, it } from 'vitest';
import { devToolsAllowed, kioskWindowOptions } from '../../../main/electron/window-options';

const options = kioskWindowOptions({
  preloadPath: '/opt/pano/dist/electron/preload.cjs',
  bounds: { x: 1920, y: 0, width: 1920, height: 1080 },
  allowDevTools: false,
});
const web = options.webPreferences ?? {};

describe('kioskWindowOptions', () => {
  it('isolates the page from Node and Electron', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
  });

  it('loads the bundled CommonJS preload', () => {
    expect(web.preload).toBe('/opt/pano/dist/electron/preload.cjs');
  });

  it('is a frameless full-screen kiosk on the chosen display, shown only when painted', () => {
    expect(options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      show: false,
      backgroundColor: '#000000',
      autoHideMenuBar: true,
      x: 1920,
      y: 0,
      width: 1920,
      height: 1080,
    });
  });

  it('keeps timers running, never spellchecks, never blocks on a dialog', () => {
    expect(web.backgroundThrottling).toBe(false);
    expect(web.spellcheck).toBe(false);
    expect(web.disableDialogs).toBe(true);
  });

  it('offers DevTools only when asked', () => {
    expect(web.devTools).toBe(false);
    const dev = kioskWindowOptions({
      preloadPath: 'p',
      bounds: { x: 0, y: 0, width: 1, height: 1 },
      allowDevTools: true,
    });
    expect(dev.webPreferences?.devTools).toBe(true);
  });
});

describe('devToolsAllowed', () => {
  it('is off unless PANO_DEVTOOLS=1, whether packaged or a checkout', () => {
    expect(devToolsAllowed({})).toBe(false);
    expect(devToolsAllowed({ NODE_ENV: 'development' })).toBe(false);
    expect(devToolsAllowed({ PANO_DEVTOOLS: '0' })).toBe(false);
    expect(devToolsAllowed({ PANO_DEVTOOLS: 'true' })).toBe(false);
    expect(devToolsAllowed({ PANO_DEVTOOLS: '1' })).toBe(true);
  });
});

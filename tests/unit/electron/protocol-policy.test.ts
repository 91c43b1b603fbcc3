import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAYER_CSP } from '../../../main/core/content-security-policy';
import {
  appResponseHeaders,
  contentTypeForPath,
  fileInside,
  routeAppPath,
} from '../../../main/electron/protocol-policy';

const rendererDir = resolve('/opt/pano/dist/renderer');
/** The pathname Chromium hands the handler, after its URL parser has run. */
const pathOf = (url: string) => new URL(url).pathname;

describe('routeAppPath', () => {
  it('serves the player page at pano://app/', () => {
    expect(routeAppPath(rendererDir, '/')).toEqual({
      kind: 'renderer',
      filePath: join(rendererDir, 'player', 'index.html'),
    });
  });

  it('serves built assets from dist/renderer', () => {
    expect(routeAppPath(rendererDir, '/assets/player-Ab12.js')).toEqual({
      kind: 'renderer',
      filePath: join(rendererDir, 'assets', 'player-Ab12.js'),
    });
  });

  it('sends media paths to the host, untouched', () => {
    expect(routeAppPath(rendererDir, '/media/bundled/bk1.jpg')).toEqual({
      kind: 'media',
      urlPath: '/media/bundled/bk1.jpg',
    });
  });

  it('does not treat /mediafoo as media', () => {
    expect(routeAppPath(rendererDir, '/mediafoo').kind).toBe('renderer');
  });

  it.each([
    ['dot segments', pathOf('pano://app/../../etc/passwd')],
    ['encoded dot segments', '/%2e%2e/%2e%2e/etc/passwd'],
    ['an encoded slash', '/assets/..%2F..%2F..%2Fetc%2Fpasswd'],
    ['an encoded backslash', '/assets/..%5C..%5Csecret'],
    ['a NUL byte', '/player/index.html%00.png'],
    ['broken percent-encoding', '/assets/%E0%A4%A'],
  ])('never leaves dist/renderer (%s)', (_name, pathname) => {
    const route = routeAppPath(rendererDir, pathname);
    if (route.kind === 'renderer') expect(route.filePath.startsWith(rendererDir + '/')).toBe(true);
    else expect(route.kind).toBe('not-found');
  });

  it('refuses the folder itself', () => {
    expect(fileInside(rendererDir, '/')).toBeNull();
  });

  it('decodes Vietnamese file names', () => {
    expect(fileInside(rendererDir, '/assets/%C4%91%E1%BA%A1i-h%E1%BB%99i.png')).toBe(
      join(rendererDir, 'assets', 'đại-hội.png'),
    );
  });
});

describe('contentTypeForPath', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['player-Ab12.js', 'text/javascript; charset=utf-8'],
    ['player-Ab12.CSS', 'text/css; charset=utf-8'],
    ['be-vietnam-pro.woff2', 'font/woff2'],
    ['logo.svg', 'image/svg+xml'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeForPath(file)).toBe(type);
  });
});

describe('appResponseHeaders', () => {
  it('carries the one CSP of core and forbids sniffing', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['content-security-policy']).toBe(PLAYER_CSP);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(PLAYER_CSP).toContain("script-src 'self'");
    expect(PLAYER_CSP).not.toMatch(/script-src[^;]*unsafe/);
  });
});

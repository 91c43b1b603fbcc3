/**
 * How a pano://app request maps to a file, decided without touching the disk:
 * media paths go to the host, everything else to the built screens, and no
 * path may climb out of the folder it is served from.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { PLAYER_CSP } from '../core/content-security-policy';
import { contentTypeForFile } from '../core/media-type';

/** Where a request under pano://app goes. */
export type AppRoute =
  { kind: 'media'; urlPath: string } | { kind: 'renderer'; filePath: string } | { kind: 'not-found'; reason: string };

/** The page the kiosk opens at pano://app/. */
export const PLAYER_PAGE = '/player/index.html';

/** Routes the (still percent-encoded) pathname of a pano://app URL. */
export function routeAppPath(rendererDir: string, pathname: string): AppRoute {
  if (pathname === '/media' || pathname.startsWith('/media/')) return { kind: 'media', urlPath: pathname };
  const filePath = fileInside(rendererDir, pathname === '/' ? PLAYER_PAGE : pathname);
  return filePath ? { kind: 'renderer', filePath } : { kind: 'not-found', reason: 'outside the screens folder' };
}

/**
 * The file under `root` that `urlPath` names, or null when it is not a plain
 * path inside `root`. Decoding happens here, after the URL parser has removed
 * dot segments, so an encoded `..%2F` or `%5C` cannot climb out either.
 */
export function fileInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const target = resolve(base, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  const rel = relative(base, target);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return target;
}

/** Types of the built screens' own files; pictures and videos use core's media table. */
const PAGE_CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
};

/** The Content-Type of a built screen file, from its extension (module scripts need the right one). */
export function contentTypeForPath(filePath: string): string {
  const dot = filePath.lastIndexOf('.');
  const ext = dot < 0 ? '' : filePath.slice(dot + 1).toLowerCase();
  return PAGE_CONTENT_TYPES[ext] ?? contentTypeForFile(filePath);
}

/** Headers on every pano:// response, errors included: the one CSP of core, and no sniffing. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': PLAYER_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // The screens are rebuilt in place by updates; the kiosk must never run an old copy.
    'cache-control': 'no-cache',
  };
}

/**
 * The pano:// scheme: the kiosk's only source of content. The built screens
 * come from dist/renderer, media from the host's catalogue; nothing is ever
 * loaded over file://, and every response carries the one CSP of core.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { parseByteRange } from '../core/byte-range';
import type { RunningHost } from '../services/host/host-api';
import type { Logger } from '../services/logger';
import { APP_HOST, APP_SCHEME } from './app-url';
import { appResponseHeaders, contentTypeForPath, PLAYER_PAGE, routeAppPath } from './protocol-policy';

/**
 * Declares pano:// a standard, secure scheme (a real origin for CSP 'self',
 * fetch and media streaming). Electron only accepts this before `ready`.
 */
export function registerPanoScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** What the protocol handler serves from. */
export interface PanoProtocolDeps {
  rendererDir: string;
  resolveMedia: RunningHost['resolveMedia'];
  log: Logger;
}

/** Starts answering pano:// requests in the default session. */
export function handlePanoProtocol(deps: PanoProtocolDeps): void {
  protocol.handle(APP_SCHEME, async (request) => {
    try {
      return await respond(request, deps);
    } catch (error) {
      deps.log.error('protocol-error', `kiosk: ${request.url} failed: ${(error as Error).message}`);
      return plain(500, 'internal error');
    }
  });
}

async function respond(request: Request, deps: PanoProtocolDeps): Promise<Response> {
  const url = new URL(request.url);
  if (url.hostname !== APP_HOST) return plain(404, 'not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');

  const route = routeAppPath(deps.rendererDir, url.pathname);
  if (route.kind === 'not-found') return plain(404, 'not found');
  if (route.kind === 'media') {
    const media = await deps.resolveMedia(route.urlPath);
    return media ? serveFile(media.filePath, media.contentType, request) : plain(404, 'no such media');
  }
  const response = await serveFile(route.filePath, contentTypeForPath(route.filePath), request);
  if (response.status === 404 && (url.pathname === '/' || url.pathname === PLAYER_PAGE)) {
    // Without the page there is nothing to show; say where it should be rather than fail silently.
    deps.log.error('player-page-missing', `kiosk: ${route.filePath} is missing; build the screens with npm run build`);
  }
  return response;
}

/**
 * One file, whole or in the byte range asked for. Electron's file:// loader
 * answers a Range with the whole file (200, no Accept-Ranges), and a <video>
 * served that way can neither seek nor, for an MP4 with its index at the end,
 * always start: ranges are cut here, as the browser host's /media/* does.
 */
async function serveFile(filePath: string, contentType: string, request: Request): Promise<Response> {
  let size: number;
  try {
    const stats = await stat(filePath);
    if (!stats.isFile()) return plain(404, 'not found');
    size = stats.size;
  } catch {
    return plain(404, 'not found');
  }
  const headers = new Headers(appResponseHeaders(contentType));
  headers.set('accept-ranges', 'bytes');
  const range = parseByteRange(request.headers.get('range') ?? undefined, size);
  if (range === 'unsatisfiable') {
    headers.set('content-range', `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  if (range === null) {
    // The whole file through Chromium's file loader: it streams and reads inside app.asar.
    const upstream = await net.fetch(pathToFileURL(filePath).toString(), { method: request.method });
    headers.set('content-length', String(size));
    return new Response(request.method === 'HEAD' ? null : upstream.body, { status: upstream.status, headers });
  }
  headers.set('content-range', `bytes ${range.start}-${range.end}/${size}`);
  headers.set('content-length', String(range.end - range.start + 1));
  // Electron's fs reads inside app.asar too, so a bundled file can be cut the same way.
  const body =
    request.method === 'HEAD'
      ? null
      : (Readable.toWeb(createReadStream(filePath, { start: range.start, end: range.end })) as ReadableStream);
  return new Response(body, { status: 206, headers });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

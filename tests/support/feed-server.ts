/**
 * A feed server on 127.0.0.1 that fails on demand, for the feed fault suite (unit tests and Playwright e2e).
 *
 *   const server = await startFeedServer();
 *   server.url()                      // http://127.0.0.1:PORT/feed.xml, served according to the mode
 *   server.setMode('server-error')    // every feed URL now answers 500
 *   server.setFeed(goodFeed(5, 'v2')) // what 'good' (and gzip, brotli, redirect-chain) serve next
 *   server.url('/images/large.jpg')   // images: see IMAGE_NAMES
 *   server.requests()                 // what was asked, with headers (If-None-Match…)
 *
 * Every URL except /images/* is "the feed"; 'captive-portal' answers every URL, images included.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import {
  CAPTIVE_PORTAL_HTML,
  encodeWindows1258,
  goodFeed,
  HOSTILE_FEED,
  IMAGE_NAMES,
  imageBytes,
  INVALID_XML,
  rssFeed,
  sampleItems,
  type ImageName,
} from './feed-server-content';

export * from './feed-server-content';

/** How the server answers feed URLs. */
export type FeedServerMode =
  | 'good' // the feed set with setFeed(), with ETag/Last-Modified and 304 on a conditional GET
  | 'not-found' // 404
  | 'server-error' // 500 (options.status picks another code)
  | 'hang' // accepts the request and never answers
  | 'drip' // headers at once, then one byte a second (options.intervalMs)
  | 'huge' // 50 MB of XML-looking bytes, streamed (options.bytes, options.declareLength)
  | 'invalid-xml' // 200 with a document that is not well-formed
  | 'truncated' // declares the whole length, sends half, then drops the connection
  | 'charset-1258-as-utf8' // windows-1258 bytes, the header says utf-8 (the XML declaration says windows-1258)
  | 'charset-utf8-as-1258' // UTF-8 bytes, the header and declaration say windows-1258
  | 'charset-1258' // windows-1258 bytes, correctly declared in the header
  | 'redirect-loop' // /loop-a → /loop-b → /loop-a …
  | 'redirect-chain' // options.hops redirects (default 3), then the good feed
  | 'gzip' // the good feed, Content-Encoding: gzip
  | 'brotli' // the good feed, Content-Encoding: br
  | 'captive-portal' // a 200 HTML login page for every URL
  | 'hostile'; // items with <script>, onerror= and javascript: links

/** Fine-tuning for some modes. */
export interface FeedServerModeOptions {
  status?: number;
  intervalMs?: number;
  bytes?: number;
  declareLength?: boolean;
  hops?: number;
  /** 'good': send ETag/Last-Modified and honour conditional GETs (default true). */
  validators?: boolean;
}

/** One request the server received. */
export interface RequestLog {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

/** A running fixture server. */
export interface FeedServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** An absolute URL on this server; the feed by default. */
  url(path?: string): string;
  setMode(mode: FeedServerMode, options?: FeedServerModeOptions): void;
  /** Replaces the feed text served by 'good', 'gzip', 'brotli' and 'redirect-chain' (a new ETag too). */
  setFeed(text: string): void;
  requests(): RequestLog[];
  close(): Promise<void>;
}

/** The articles every charset mode serves (titles with tone marks, so a wrong decode shows). */
export const charsetItems = () => sampleItems(3, 'mã');
const charsetFeed = () => rssFeed({ items: charsetItems(), encoding: 'windows-1258' });

/** Starts a server on 127.0.0.1, port 0, in 'good' mode serving `feed` (default: three articles). */
export async function startFeedServer(options: { feed?: string; mode?: FeedServerMode } = {}): Promise<FeedServer> {
  let mode: FeedServerMode = options.mode ?? 'good';
  let modeOptions: FeedServerModeOptions = {};
  let feed = '';
  let etag = '';
  let lastModified = '';
  const log: RequestLog[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const setFeed = (text: string) => {
    feed = text;
    etag = `"${createHash('sha256').update(text).digest('hex').slice(0, 16)}"`;
    // HTTP dates have whole seconds; a new version must never look older than the last one.
    lastModified = new Date(Math.floor(Date.now() / 1000) * 1000).toUTCString();
  };
  setFeed(options.feed ?? goodFeed());

  const xml = (response: ServerResponse, body: Buffer | string, charset = 'utf-8', extra = {}) =>
    response.writeHead(200, { 'content-type': `application/rss+xml; charset=${charset}`, ...extra }).end(body);

  function serveGood(request: IncomingMessage, response: ServerResponse, encoding?: 'gzip' | 'br') {
    const validators = modeOptions.validators !== false;
    if (validators) {
      const ifNoneMatch = request.headers['if-none-match'];
      const ifModifiedSince = request.headers['if-modified-since'];
      const fresh = ifNoneMatch
        ? ifNoneMatch.split(',').some((tag) => tag.trim() === etag)
        : ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= Date.parse(lastModified);
      if (fresh) return response.writeHead(304, { etag, 'last-modified': lastModified }).end();
    }
    const headers = validators ? { etag, 'last-modified': lastModified } : {};
    if (encoding === 'gzip') return xml(response, gzipSync(feed), 'utf-8', { ...headers, 'content-encoding': 'gzip' });
    if (encoding === 'br')
      return xml(response, brotliCompressSync(feed), 'utf-8', { ...headers, 'content-encoding': 'br' });
    return xml(response, feed, 'utf-8', headers);
  }

  function redirect(response: ServerResponse, to: string, status = 302) {
    response.writeHead(status, { location: to, 'content-type': 'text/html' }).end(`<a href="${to}">moved</a>`);
  }

  function drip(response: ServerResponse) {
    const body = Buffer.from(feed);
    response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': body.length });
    response.flushHeaders(); // headers at once: the client must see a live answer that never completes
    let sent = 0;
    const timer = setInterval(() => {
      if (sent >= body.length || response.destroyed) return clearInterval(timer);
      response.write(body.subarray(sent, ++sent));
    }, modeOptions.intervalMs ?? 1000);
    timers.add(timer);
  }

  function huge(response: ServerResponse) {
    const total = modeOptions.bytes ?? 50 * 1024 * 1024;
    const chunk = Buffer.from('<item><title>Tin rác</title></item>\n'.repeat(2000));
    response.writeHead(200, {
      'content-type': 'application/rss+xml',
      ...(modeOptions.declareLength === false ? {} : { 'content-length': total }),
    });
    response.write('<?xml version="1.0"?><rss version="2.0"><channel>');
    let sent = 0;
    // Written as the client reads (backpressure), so 50 MB never sits in this process.
    const pump = () => {
      while (sent < total && !response.destroyed) {
        const part = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += part.length;
        if (!response.write(part)) return void response.once('drain', pump);
      }
      if (!response.destroyed) response.end();
    };
    pump();
  }

  async function serveImage(name: string, response: ServerResponse) {
    if (!(IMAGE_NAMES as readonly string[]).includes(name)) return response.writeHead(404).end('not found');
    const bytes = await imageBytes(name as ImageName);
    const type = name.endsWith('.png') ? 'image/png' : name.endsWith('.gif') ? 'image/gif' : 'image/jpeg';
    response.writeHead(200, { 'content-type': type, 'content-length': bytes.length }).end(bytes);
  }

  function handle(request: IncomingMessage, response: ServerResponse) {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    log.push({ method: request.method ?? 'GET', path, headers: request.headers });
    if (mode === 'captive-portal') {
      return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(CAPTIVE_PORTAL_HTML);
    }
    if (path.startsWith('/images/')) return void serveImage(path.slice('/images/'.length), response);
    switch (mode) {
      case 'good':
        return serveGood(request, response);
      case 'gzip':
        return serveGood(request, response, 'gzip');
      case 'brotli':
        return serveGood(request, response, 'br');
      case 'not-found':
      case 'server-error': {
        const status = modeOptions.status ?? (mode === 'not-found' ? 404 : 500);
        return response.writeHead(status, { 'content-type': 'text/html' }).end(`<h1>Error ${status}</h1>`);
      }
      case 'hang':
        return; // the socket stays open until close()
      case 'drip':
        return drip(response);
      case 'huge':
        return huge(response);
      case 'invalid-xml':
        return xml(response, INVALID_XML);
      case 'truncated': {
        const body = Buffer.from(feed);
        response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': body.length });
        response.write(body.subarray(0, body.length >> 1), () => response.destroy());
        return;
      }
      case 'charset-1258-as-utf8':
        return xml(response, encodeWindows1258(charsetFeed()));
      case 'charset-utf8-as-1258':
        return xml(response, charsetFeed(), 'windows-1258');
      case 'charset-1258':
        return xml(response, encodeWindows1258(charsetFeed()), 'windows-1258');
      case 'redirect-loop':
        return redirect(response, path === '/loop-a' ? '/loop-b' : '/loop-a');
      case 'redirect-chain': {
        const hops = modeOptions.hops ?? 3;
        const at = /^\/hop\/(\d+)$/.exec(path);
        const hop = at ? Number(at[1]) : 0;
        if (hop >= hops) return serveGood(request, response);
        return redirect(response, `/hop/${hop + 1}`, [301, 302, 307, 308][hop % 4]);
      }
      case 'hostile':
        return xml(response, HOSTILE_FEED);
    }
  }

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: (path = '/feed.xml') => `${origin}${path}`,
    setMode(next, options = {}) {
      mode = next;
      modeOptions = options;
    },
    setFeed,
    requests: () => [...log],
    async close() {
      for (const timer of timers) clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A URL nobody listens on (a port that was just free), for "connection refused". */
export async function closedPortUrl(path = '/feed.xml'): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}${path}`;
}

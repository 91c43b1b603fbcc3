/**
 * The benchmark's own server on 127.0.0.1: the baseline page, the data dir's
 * playlist and media for it (full-size originals), and the feed both players
 * read in the same run.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join } from 'node:path';

const BASELINE_DIR = join(import.meta.dirname, '..', 'baseline');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};

/** A running bench server. */
export interface BenchServer {
  /** The baseline player's page. */
  baselineUrl: string;
  /** The feed both players read. */
  feedUrl: string;
  setFeed(text: string): void;
  close(): Promise<void>;
}

/** Serves `dataDir`'s playlist.json and media/ next to the baseline page. */
export async function startBenchServer(dataDir: string): Promise<BenchServer> {
  let feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>trống</title></channel></rss>';
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (path === '/feed.xml') return send(200, 'application/rss+xml; charset=utf-8', feed);
    const file =
      path === '/' || path === '/index.html'
        ? join(BASELINE_DIR, 'index.html')
        : path === '/baseline.js' || path === '/baseline.css'
          ? join(BASELINE_DIR, path.slice(1))
          : path === '/data/playlist.json'
            ? join(dataDir, 'playlist.json')
            : path.startsWith('/data/media/')
              ? join(dataDir, 'media', basename(decodeURIComponent(path))) // basename: no way out of media/
              : null;
    if (file === null) return send(404, 'text/plain', 'not found');
    readFile(file).then(
      (body) => send(200, TYPES[extname(file)] ?? 'application/octet-stream', body),
      () => send(404, 'text/plain', 'not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baselineUrl: `${origin}/`,
    feedUrl: `${origin}/feed.xml`,
    setFeed(text) {
      feed = text;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

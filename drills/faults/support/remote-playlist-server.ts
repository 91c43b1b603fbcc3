/**
 * A remote playlist on 127.0.0.1 for the fault drills: serves one good
 * playlist (with an ETag and 304s, as a real web server would) until told to
 * turn into a hall's captive portal, which answers every URL — conditional
 * GETs included — with its 200 HTML login page.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CAPTIVE_PORTAL_HTML } from '../../../tests/support/feed-server-content';
import { api, healthz, waitFor, type ApiSession, type DrillHealth, type HostProcess } from './host';

export type RemotePlaylistServerMode = 'good' | 'captive-portal';

export interface RemotePlaylistServer {
  /** The playlist's URL (the portal answers it, and every other URL, alike). */
  url: string;
  setMode(mode: RemotePlaylistServerMode): void;
  /** How many answers of each kind were sent: proof the host really met the portal. */
  answered(): Record<'playlist' | 'not-modified' | 'portal', number>;
  close(): Promise<void>;
}

/** Starts the server in 'good' mode serving `playlist`. */
export async function startRemotePlaylistServer(playlist: object): Promise<RemotePlaylistServer> {
  let mode: RemotePlaylistServerMode = 'good';
  const counts = { playlist: 0, 'not-modified': 0, portal: 0 };
  const body = `${JSON.stringify(playlist, null, 2)}\n`;
  const etag = `"drill-${body.length}"`;
  const server = createServer((request, response) => {
    if (mode === 'captive-portal') {
      counts.portal += 1;
      return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(CAPTIVE_PORTAL_HTML);
    }
    if (request.headers['if-none-match'] === etag) {
      counts['not-modified'] += 1;
      return void response.writeHead(304, { etag }).end();
    }
    counts.playlist += 1;
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/pano/playlist.json`,
    setMode(next) {
      mode = next;
    },
    answered: () => ({ ...counts }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Points the host at `url` through the settings API, as an operator would (polled every minute, the shortest
 * interval), and waits until /healthz says the remote playlist of `items` items plays. Throws, naming what
 * went wrong, when it never does.
 */
export async function playRemotePlaylist(
  host: HostProcess,
  session: ApiSession,
  url: string,
  items: number,
): Promise<DrillHealth> {
  const patched = await api(session, 'PATCH', '/api/settings', { remotePlaylist: { url, pollIntervalMin: 1 } });
  if (patched.status !== 200)
    throw new Error(`setting the remote playlist answered ${patched.status}: ${patched.text}`);
  const playing = await waitFor(async () => {
    const health = await healthz(host);
    return health?.playlist.origin === 'remote' && health.playlist.items === items ? health : undefined;
  }, 30_000);
  if (!playing) {
    const health = await healthz(host);
    throw new Error(
      `the host never played the remote playlist ${url} (it plays ${health?.playlist.origin ?? '?'}, ` +
        `${health?.playlist.items ?? '?'} items; problem: ${health?.playlist.problem ?? 'none'})`,
    );
  }
  return playing;
}

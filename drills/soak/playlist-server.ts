/**
 * The remote playlist of the soak: a web server on 127.0.0.1 that serves the
 * playlist of the current simulated hour (a new rotation every hour, so the
 * page's slides say which hour's playlist it plays).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Seconds each slide of the soak plays. */
export const SOAK_SLIDE_S = 30;

/** The item ids of hour `hour` start with this. */
export const hourPrefix = (hour: number) => `h${hour}-`;

/** Hour `hour`'s playlist: four bundled slides and up to three news slides, SOAK_SLIDE_S each. */
export function hourPlaylist(hour: number): object {
  const slides = ['bk1', 'bk2', 'bk3', 'bk4', 'bk5'].filter((_, i) => i !== hour % 5);
  return {
    version: 1,
    items: [
      ...slides.map((src) => ({ id: `${hourPrefix(hour)}${src}`, type: 'image', src, durationS: SOAK_SLIDE_S })),
      { id: `${hourPrefix(hour)}tin`, type: 'news', durationS: SOAK_SLIDE_S, count: 3 },
    ],
    marquee: { text: [`Giờ thứ ${hour} của đợt chạy thử`, 'Chào mừng Đại hội Công đoàn các cấp'], speedPxPerS: 120 },
  };
}

export interface PlaylistServer {
  /** The URL the host is pointed at for `hour` (a new one each hour, so the host fetches it at once). */
  urlFor(hour: number): string;
  setHour(hour: number): void;
  close(): Promise<void>;
}

export async function startPlaylistServer(): Promise<PlaylistServer> {
  let hour = 0;
  const server = createServer((request, response) => {
    const body = JSON.stringify(hourPlaylist(hour));
    const etag = `"hour-${hour}"`;
    if (request.headers['if-none-match'] === etag) return void response.writeHead(304, { etag }).end();
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    urlFor: (h) => `${origin}/playlist.json?hour=${h}`,
    setHour(next) {
      hour = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

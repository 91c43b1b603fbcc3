/**
 * Server-sent events to the player pages: the current state on connect, every
 * new state after, and a `ping` event every 15 s. The ping is a real event (a
 * comment line never reaches the page), so a page that hears nothing for a
 * while knows its stream died silently and reconnects.
 */
import type { ServerResponse } from 'node:http';
import { SSE_PING_EVENT, SSE_PING_INTERVAL_MS } from '../../core/bridge';

export interface SseHub {
  /** Takes over a response and keeps it open; sends `initial` first. */
  add(response: ServerResponse, initial: string): void;
  /** Sends one event to every open page. */
  broadcast(event: string, data: string): void;
  /** How many pages are connected. */
  size(): number;
  /** Ends every stream (so the server can close at once). */
  closeAll(): void;
}

export function createSseHub(): SseHub {
  const clients = new Set<ServerResponse>();
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(`event: ${SSE_PING_EVENT}\ndata: {}\n\n`);
  }, SSE_PING_INTERVAL_MS);
  heartbeat.unref();

  const frame = (event: string, data: string) => `event: ${event}\ndata: ${data.replace(/\n/g, '\ndata: ')}\n\n`;

  return {
    add(response, initial) {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      // Tell EventSource to come back quickly after a host restart.
      response.write(`retry: 1000\n${frame('state', initial)}`);
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    broadcast(event, data) {
      const text = frame(event, data);
      for (const client of clients) client.write(text);
    },
    size: () => clients.size,
    closeAll() {
      clearInterval(heartbeat);
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}

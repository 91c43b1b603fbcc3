/**
 * The browser host's bridge: state arrives over server-sent events on
 * `/events`, reports leave by HTTP POST.
 */
import {
  EVENTS_PATH,
  SSE_COMMAND_EVENT,
  SSE_PING_EVENT,
  type PlayerBridge,
  type ScreenCommand,
} from '../../main/core/bridge';
import type { PlayerState } from '../../main/core/player-state';
import { sendHttpReport } from './http-report';
import { reconnectDelayMs } from './reconnect-backoff';
import { createStateGate } from './state-gate';
import { STREAM_CHECK_INTERVAL_MS, streamIsSilent } from './stream-liveness';

/**
 * Opens `/events` and keeps it open for the life of the page. Every message is
 * taken as it comes — the newest wins — because a restarted host counts its
 * revisions from 1 again and must not be ignored. A stream that stays silent
 * past two and a half pings died without a word (a Wi-Fi roam, a NAT timeout,
 * a host that lost power) and is opened again, as it is when the network
 * comes back. A state that fails the schema is dropped and reported.
 */
export function createSseBridge(url: string = EVENTS_PATH): PlayerBridge {
  const listeners = new Set<(state: PlayerState) => void>();
  const commandListeners = new Set<(command: ScreenCommand) => void>();
  const waiting: Array<(state: PlayerState) => void> = [];
  let latest: PlayerState | null = null;
  const gate = createStateGate(sendHttpReport);
  let attempt = 0;
  let source: EventSource | null = null;
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;
  let lastHeardAtMs = performance.now();
  const heard = () => {
    lastHeardAtMs = performance.now();
  };

  const accept = (state: PlayerState) => {
    latest = state;
    for (const resolve of waiting.splice(0)) resolve(state);
    for (const listener of listeners) listener(state);
  };

  const open = () => {
    clearTimeout(reopenTimer);
    source?.close();
    heard(); // a new stream gets its own grace period
    const own = new EventSource(url);
    source = own;
    own.addEventListener('open', () => {
      attempt = 0;
      heard();
    });
    own.addEventListener(SSE_PING_EVENT, heard);
    own.addEventListener('state', (event) => {
      heard();
      let parsed: unknown;
      try {
        parsed = JSON.parse((event as MessageEvent<string>).data);
      } catch {
        return; // A garbled message must not take the screen down; the next one will do.
      }
      const state = gate(parsed);
      if (state) accept(state);
    });
    own.addEventListener(SSE_COMMAND_EVENT, (event) => {
      heard();
      const command = parseCommand((event as MessageEvent<string>).data);
      if (command) for (const listener of commandListeners) listener(command);
    });
    own.addEventListener('error', () => {
      // While CONNECTING, EventSource retries by itself. CLOSED means it gave up
      // (an HTTP error, a wrong content type, a proxy page): start again ourselves.
      if (source !== own || own.readyState !== EventSource.CLOSED) return;
      own.close();
      reopenTimer = setTimeout(open, reconnectDelayMs(attempt));
      attempt += 1;
    });
  };
  open();
  setInterval(() => {
    if (streamIsSilent(lastHeardAtMs, performance.now())) open();
  }, STREAM_CHECK_INTERVAL_MS);
  window.addEventListener('online', open);

  return {
    getState: () => (latest ? Promise.resolve(latest) : new Promise((resolve) => waiting.push(resolve))),
    onState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report: sendHttpReport,
    onCommand(listener) {
      commandListeners.add(listener);
      return () => commandListeners.delete(listener);
    },
  };
}

/** A command from the stream, or null for anything else (a garbled one is ignored, never obeyed half-read). */
function parseCommand(data: string): ScreenCommand | null {
  try {
    const value = JSON.parse(data) as { type?: unknown; reason?: unknown };
    if (value.type === 'reload-at-boundary' && typeof value.reason === 'string')
      return { type: 'reload-at-boundary', reason: value.reason.slice(0, 500) };
  } catch {
    // not JSON
  }
  return null;
}

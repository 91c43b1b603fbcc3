/**
 * The single contract between host and screen. The Electron preload implements
 * `PlayerBridge` with `satisfies`; the browser host implements it over SSE.
 */
import type { PlayerState } from './player-state';

/** Every IPC channel between the Electron main process and the player window. */
export const IpcChannel = {
  /** renderer → main (invoke): the current state. */
  GetState: 'pano:get-state',
  /** main → renderer (send): a new state. */
  State: 'pano:state',
  /** renderer → main (send): something a screen noticed, for the host log. */
  Report: 'pano:report',
} as const;
export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel];

/** What a screen tells the host. Logged as changes of state, never per frame. */
export type ScreenReport =
  | { type: 'ready'; revision: number }
  | { type: 'image-failed'; itemId: string; src: string; reason: string }
  /** A video that would not load or play in time (`kind` leaves room for other media without a new type). */
  | { type: 'media-failed'; kind: 'video'; itemId: string; src: string; reason: string }
  | { type: 'render-error'; message: string };

/** How a screen receives state and reports back, whichever host it runs under. */
export interface PlayerBridge {
  /** The state as the host has it now. */
  getState(): Promise<PlayerState>;
  /** Calls `listener` with every new state; returns the function that stops it. */
  onState(listener: (state: PlayerState) => void): () => void;
  /** Tells the host about something worth a log line. Fire and forget. */
  report(report: ScreenReport): void;
}

/** Browser host: the server-sent event stream of PlayerState (`event: state`). */
export const EVENTS_PATH = '/events';
/** Browser host: where screens POST a ScreenReport. */
export const REPORT_PATH = '/player/report';
/** Browser host: the event the stream sends every SSE_PING_INTERVAL_MS, so a page can tell a dead stream from a quiet host. */
export const SSE_PING_EVENT = 'ping';
export const SSE_PING_INTERVAL_MS = 15_000;

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'pano' as const;

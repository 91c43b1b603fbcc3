/**
 * The single contract between host and screen. The Electron preload implements
 * `PlayerBridge` with `satisfies`; the browser host implements it over SSE.
 */
import type { PlayerState, Slide } from './player-state';

/** The kinds of slide, as proof of play records them. */
export type SlideKind = Slide['kind'];

/** Every IPC channel between the Electron main process and the player window. */
export const IpcChannel = {
  /** renderer → main (invoke): the current state. */
  GetState: 'pano:get-state',
  /** main → renderer (send): a new state. */
  State: 'pano:state',
  /** renderer → main (send): something a screen noticed, for the host log. */
  Report: 'pano:report',
  /** main → renderer (send): a ScreenCommand, e.g. reload at the next slide change. */
  Command: 'pano:command',
} as const;
export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel];

/** What a screen tells the host. Logged as changes of state, never per frame. */
export type ScreenReport =
  | { type: 'ready'; revision: number }
  | { type: 'image-failed'; itemId: string; src: string; reason: string }
  /** A video that would not load or play in time (`kind` leaves room for other media without a new type). */
  | { type: 'media-failed'; kind: 'video'; itemId: string; src: string; reason: string }
  | { type: 'render-error'; message: string }
  /**
   * Every PAGE_HEARTBEAT_INTERVAL_MS while the page's script runs; the host counts a page that stops
   * as silent (core/kiosk/page-watchdog.ts). `pageId` is random per page load; `lagMs` the worst
   * event-loop lag since the last heartbeat.
   */
  | { type: 'heartbeat'; pageId: string; slideId: string | null; lagMs: number }
  /** A slide became the one on screen at `atMs` (proof of play: it ends when the next one is shown). */
  | { type: 'slide-shown'; pageId: string; itemId: string; slideId: string; kind: SlideKind; atMs: number }
  /** The page is about to reload itself, and why; the host logs and counts it. */
  | { type: 'reloading'; pageId: string; reason: PageReloadReason; detail: string };

/** Why a page reloads itself: its main thread was blocked, the daily maintenance, or the host asked. */
export const PAGE_RELOAD_REASONS = ['blocked', 'maintenance', 'host-request'] as const;
export type PageReloadReason = (typeof PAGE_RELOAD_REASONS)[number];

/** What the host may ask of a screen. */
export type ScreenCommand =
  /** Reload the page at the next slide change, unseen (recovery-policy's gentlest rung). */
  { type: 'reload-at-boundary'; reason: string };

/** How often a page sends its heartbeat (core/kiosk/page-watchdog.ts DEFAULT_PAGE_WATCHDOG_CONFIG.reportIntervalMs). */
export const PAGE_HEARTBEAT_INTERVAL_MS = 5000;

/** How a screen receives state and reports back, whichever host it runs under. */
export interface PlayerBridge {
  /** The state as the host has it now. */
  getState(): Promise<PlayerState>;
  /** Calls `listener` with every new state; returns the function that stops it. */
  onState(listener: (state: PlayerState) => void): () => void;
  /** Tells the host about something worth a log line. Fire and forget. */
  report(report: ScreenReport): void;
  /** Calls `listener` with every command the host sends; returns the function that stops it. */
  onCommand(listener: (command: ScreenCommand) => void): () => void;
}

/** Browser host: the server-sent event stream of PlayerState (`event: state`). */
export const EVENTS_PATH = '/events';
/** Browser host: where screens POST a ScreenReport. */
export const REPORT_PATH = '/player/report';
/** Browser host: the SSE event that carries a ScreenCommand (JSON). */
export const SSE_COMMAND_EVENT = 'command';
/** Browser host: the event the stream sends every SSE_PING_INTERVAL_MS, so a page can tell a dead stream from a quiet host. */
export const SSE_PING_EVENT = 'ping';
export const SSE_PING_INTERVAL_MS = 15_000;

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'pano' as const;

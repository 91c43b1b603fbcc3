/**
 * What a running host offers to the shells around it: the HTTP server for the
 * browser host and the console, and the same state and media for the kiosk
 * window (which reads them over IPC and the pano:// protocol instead of HTTP).
 */
import type { PlayerState } from '../../core/player-state';
import type { ScreenCommand, ScreenReport } from '../../core/bridge';
import type { Settings } from '../../core/settings';
import type { AnnouncementsStore } from '../announcements/announcements-store';
import type { FeedStatus } from '../feed/feed-service';
import type { RemotePlaylistStatus } from '../playlist/remote-playlist';

/** How to start a host. */
export interface HostOptions {
  /** Where settings, playlist.json, cache and logs live; created if missing. */
  dataDir: string;
  /**
   * Set by a shell that already replaced an unusable data dir with a stand-in
   * (the kiosk must, before Electron writes there): what was wrong, for /healthz.
   */
  dataDirProblem?: string | null;
  /** HTTP port; 0 picks a free one. */
  port: number;
  /** Address to bind. */
  host: string;
  /** Overrides the stored feed URL for this run. */
  feedUrl?: string;
  /** Overrides the stored time zone for this run. */
  timezone?: string;
  /**
   * The longest edge, in pixels, of pictures downloaded for the screens (the
   * kiosk passes its display's size): larger ones are scaled down once on
   * arrival, so no transition decodes a 4K photo. Default 1920.
   */
  imageMaxEdgePx?: number;
  /** Folder of the built screens (dist/renderer). */
  rendererDir: string;
  /** Folder of bundled content (assets/). */
  assetsDir: string;
  /** Pano's version string. */
  version: string;
  /**
   * Whether a host without its HTTP server is a failure (the browser host, whose
   * screens need it) or only a loss of the console and /healthz (the kiosk,
   * whose window plays over IPC and must keep playing). Default true.
   */
  httpRequired?: boolean;
}

/** A page that stopped reporting. */
export interface ScreenSilence {
  /** The screen's name in the log (`kiosk` for the Electron window, the address for a browser). */
  screen: string;
  pageId: string;
  silentForMs: number;
}

/** One process of the shell and its resident memory. */
export interface ProcessMemory {
  /** Electron's process type: Browser, Tab, GPU, Utility, … */
  type: string;
  pid: number;
  residentBytes: number;
}

/** A file the host will serve for a media URL path. */
export interface MediaFile {
  filePath: string;
  contentType: string;
}

/** A started host. */
export interface RunningHost {
  /** `http://HOST:PORT` with the real port; null when the HTTP server could not start (httpRequired: false). */
  url: string | null;
  /** The data directory actually in use. */
  dataDir: string;
  /** The state every screen shows now. */
  getState(): PlayerState;
  /** Calls `listener` on every change of state; returns the function that stops it. */
  onState(listener: (state: PlayerState) => void): () => void;
  /** The file behind a media URL path such as `/media/bundled/bk1.jpg`, or null if there is none. */
  resolveMedia(urlPath: string): Promise<MediaFile | null>;
  /** Takes a report from a screen into the log. */
  report(report: ScreenReport, screen: string): void;
  /** Sends a command to every screen (SSE for pages, IPC for the kiosk window through onCommand). */
  sendCommand(command: ScreenCommand): void;
  /** Calls `listener` with every command sent; returns the function that stops it. */
  onCommand(listener: (command: ScreenCommand) => void): () => void;
  /** The settings in force (stored settings with this run's overrides). */
  settings(): Settings;
  /** Where the news feed stands: last success, last error, staleness. */
  feedStatus(): FeedStatus;
  /** Fetches the news feed now (the console's "refresh now", SIGHUP); never rejects. */
  refreshFeed(): Promise<FeedStatus>;
  /** The operator's announcements (DATA/announcements.json); a change reaches the screens by itself. */
  announcements: AnnouncementsStore;
  /** Where the remote playlist (settings.remotePlaylist) stands. */
  remotePlaylistStatus(): RemotePlaylistStatus;
  /** Fetches the remote playlist now; never rejects. */
  refreshRemotePlaylist(): Promise<RemotePlaylistStatus>;
  /** Calls `listener` with every valid report any screen sends (after it is logged); returns the unsubscribe. */
  onReport(listener: (report: ScreenReport, screen: string) => void): () => void;
  /**
   * Calls `listener` once when a page that was reporting falls silent (no heartbeat for
   * page-watchdog.ts's silence limit); returns the unsubscribe.
   */
  onScreenSilent(listener: (silence: ScreenSilence) => void): () => void;
  /** Counts a recovery the shell or a page performed (`pano_recoveries_total{reason}` in /metrics). */
  recordRecovery(reason: string): void;
  /** Where GET /api/screenshot.png gets its picture: the shell that owns the screen sets it; null: none. */
  setScreenshotSource(capture: (() => Promise<Buffer>) | null): void;
  /** Where /metrics reads the memory of the shell's other processes (Electron's app.getAppMetrics). */
  setProcessMemorySource(read: (() => ProcessMemory[]) | null): void;
  /** Stops watching, closes the server and flushes the log. Safe to call twice. */
  close(): Promise<void>;
}

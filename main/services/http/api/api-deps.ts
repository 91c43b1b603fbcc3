/**
 * What the operator API needs from the host. The host builds one ApiDeps and
 * hands it to createHttpServer; each route file takes only what it uses, so a
 * test can give it fakes.
 */
import type { Health } from '../../../core/health';
import type { PlayerState } from '../../../core/player-state';
import type { Settings } from '../../../core/settings';
import type { AnnouncementsStore } from '../../announcements/announcements-store';
import type { Auth } from '../../auth/auth';
import type { FeedStatus } from '../../feed/feed-service';
import type { Logger } from '../../logger';
import type { RecentError } from '../../../core/api/status-api';
import type { FetchLimits } from '../../net/http-fetch';
import type { MediaLibrary } from '../../media/media-library';
import type { PlaylistHistory } from '../../playlist/playlist-history';
import type { ActivePlaylist } from '../../playlist/playlist-store';
import type { ProofOfPlayLog } from '../../proof-of-play/proof-of-play-log';

/** The announcements store as the API uses it. */
export type AnnouncementsApi = Pick<AnnouncementsStore, 'list' | 'add' | 'remove'>;

/** The host's pieces the API routes use. */
export interface ApiDeps {
  auth: Auth;
  /** Where an unexpected failure of a route is recorded (the operator only sees "see the log"). */
  logger: Logger;
  settings: {
    /** The stored settings (without this run's --timezone/--feed-url overrides). */
    get(): Settings;
    update(patch: Partial<Settings>): { ok: true; settings: Settings } | { ok: false; error: string };
  };
  playlist: {
    current(): ActivePlaylist;
    /** Re-reads playlist.json now, so a save reaches the screens without waiting for the watcher. */
    reload(): Promise<void>;
  };
  history: PlaylistHistory;
  media: MediaLibrary;
  announcements: AnnouncementsApi;
  feed: {
    status(): FeedStatus;
    refreshNow(): Promise<FeedStatus>;
  };
  health(): Health;
  state(): PlayerState;
  /** DATA/logs/pano.log. */
  logFile: string;
  /** Warnings and errors the log file could not take (full or read-only disk), shown in /api/status too. */
  unwrittenLogProblems?: () => readonly RecentError[];
  /** DATA/cache/media, counted in /api/status. */
  mediaCacheDir: string;
  /** The proof-of-play log, or null when it could not be opened. */
  proofOfPlay(): Pick<ProofOfPlayLog, 'toCsv'> | null;
  /** What captures the screen now (set by the shell that owns it), or null when nothing can. */
  screenshot(): (() => Promise<Buffer>) | null;
  screens: {
    /** Asks every connected screen to reload at its next slide change; returns how many were asked. */
    reloadAtNextSlide(reason: string): number;
  };
  /** For the feed test's fetches (tests shorten the timeouts). */
  fetchLimits?: Partial<FetchLimits>;
  nowMs?: () => number;
}

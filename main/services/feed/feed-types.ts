/** The feed service's contract with the host (start-host, /healthz, the console). */
import type { FeedArticle } from '../../core/feed/article';
import type { FeedSettings } from '../../core/feed/feed-settings';
import type { Logger } from '../logger';
import type { FetchLimits } from '../net/http-fetch';

/** The articles on show and where they came from. */
export interface FeedSnapshot {
  /** 'sample' = the bundled sample feed, used until a remote feed has succeeded once. */
  origin: 'sample' | 'remote';
  /** The remote URL these articles came from; null for the sample. */
  url: string | null;
  /** The feed's title, else the host name of the URL. */
  title: string | null;
  articles: FeedArticle[];
  /** Null for the sample. */
  lastSuccessAtMs: number | null;
}

/** How the feed is doing, for /healthz and the console. */
export interface FeedStatus {
  /** The configured URL in force (null: the bundled sample). */
  url: string | null;
  origin: 'sample' | 'remote';
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  /** What went wrong last time, for an operator; null after a success. */
  lastError: string | null;
  /** Articles held now. */
  items: number;
  stale: boolean;
  nextAttemptAt: string | null;
}

/** How a fetch of the feed ended: new articles, unchanged (304), no answer, or an answer refused as a feed. */
export type FeedFetchOutcome = 'updated' | 'not-modified' | 'fetch-failed' | 'document-refused';

/** The feed as the host sees it. */
export interface FeedService {
  current(): FeedSnapshot;
  status(): FeedStatus;
  /** Fetches since the host started, by outcome (for /metrics). */
  fetchOutcomes(): Record<FeedFetchOutcome, number>;
  /** Articles (or freshness) changed. Returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  /** The console's "refresh now" (also SIGHUP): joins a fetch in progress; never rejects. */
  refreshNow(): Promise<FeedStatus>;
  /** Stops timers, aborts fetches, waits for a write in progress. */
  close(): Promise<void>;
}

/** What the feed service needs. */
export interface FeedServiceOptions {
  /** DATA/state/feed.json. */
  stateFile: string;
  /** assets/feed/sample-feed.xml. */
  sampleFile: string;
  /** Read again on every poll and by reconfigure(). */
  settings: () => { feed: FeedSettings; timezone: string };
  logger: Logger;
  now?: () => number;
  random?: () => number;
  fetchLimits?: Partial<FetchLimits>;
}

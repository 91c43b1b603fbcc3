/**
 * What the feed poller logs: changes of state only ("feed became unreachable: …", "feed is back: 12
 * articles"), never one line per attempt, so a screen offline for a week does not fill its log.
 */
import type { Logger } from '../logger';
import { summariseDropped } from './feed-fetch';
import type { FeedState } from './feed-state-file';

/** What is on show when a fetch fails, to say what the screen keeps. */
interface Shown {
  origin: 'sample' | 'remote';
  articles: readonly unknown[];
}

/** The poller's log, remembering what it last said. */
export function createFeedLog(logger: Logger) {
  let problem: string | null = null; // the failure last reported; null while healthy
  let dropped = '';
  let note: string | null = null;
  let saveError: string | null = null;

  return {
    failure(url: string, phase: 'fetch' | 'document', error: string, shown: Shown): void {
      if (problem === error) return;
      problem = error;
      const keeping =
        shown.origin === 'remote'
          ? `still showing the last ${shown.articles.length} articles`
          : 'showing the bundled sample news';
      const what = phase === 'fetch' ? 'unreachable' : 'unusable';
      logger.warn(`feed-${what}`, `feed became ${what}: ${error} (${url}); ${keeping}`, { url });
    },

    success(url: string, state: FeedState, previous: FeedState | null): void {
      const count = `${state.articles.length} article${state.articles.length === 1 ? '' : 's'}`;
      if (problem !== null) {
        logger.info('feed-back', `feed is back: ${count} (${url})`, { url });
      } else if (previous === null || previous.url !== url) {
        logger.info('feed-loaded', `feed loaded: ${count} from ${url}`, { url });
      } else if (previous.articles !== state.articles) {
        const known = new Set(previous.articles.map((article) => article.key));
        const fresh = state.articles.filter((article) => !known.has(article.key)).length;
        if (fresh > 0) logger.info('feed-updated', `feed updated: ${count}, ${fresh} new`, { url });
      }
      problem = null;
    },

    document(url: string, droppedNow: readonly string[], charsetNote: string | null): void {
      const summary = droppedNow.length > 0 ? summariseDropped(droppedNow) : '';
      if (summary !== dropped && summary !== '') {
        logger.info('feed-items-dropped', `feed: ${droppedNow.length} item(s) left out: ${summary}`, { url });
      }
      dropped = summary;
      if (charsetNote !== note && charsetNote !== null) {
        logger.warn('feed-charset', `feed ${url}: ${charsetNote}`, { url });
      }
      note = charsetNote;
    },

    saveResult(error: string | null): void {
      if (error !== null && error !== saveError) {
        logger.warn('feed-save-failed', `${error}; the news still shows, but not after a restart`);
      }
      saveError = error;
    },

    /** Another feed or way of reading it: what was said about the old one no longer applies. */
    reset(): void {
      problem = null;
      dropped = '';
      note = null;
    },
  };
}

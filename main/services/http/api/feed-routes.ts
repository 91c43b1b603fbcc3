/** POST /api/feed/test (try settings without saving them) and POST /api/feed/refresh. */
import type { FastifyInstance } from 'fastify';
import { FEED_TEST_ARTICLES, feedTestRequestSchema, type FeedTestResponse } from '../../../core/api/feed-api';
import { API_ROUTES } from '../../../core/api/routes';
import { fetchFeed } from '../../feed/feed-fetch';
import type { ApiDeps } from './api-deps';
import { parseBody, sendProblems } from './api-replies';

/** A test is a person waiting at the console: give up well before they do. */
const FEED_TEST_TIMEOUT_MS = 20_000;

/** Registers the feed routes. */
export function registerFeedRoutes(
  app: FastifyInstance,
  deps: Pick<ApiDeps, 'feed' | 'settings' | 'fetchLimits'>,
): void {
  app.post(API_ROUTES.feedTest, async (request, reply) => {
    const feed = parseBody(feedTestRequestSchema, request.body, reply);
    if (!feed) return reply;
    if (!feed.url) return sendProblems(reply, [{ field: 'url', message: 'must be set to test a feed' }]);
    // The hardened GET (size, time and redirect caps) and the same parser
    // the screens use: what the test shows is what the screen would get.
    const attempt = await fetchFeed(feed.url, {
      validators: null,
      limits: deps.fetchLimits,
      signal: AbortSignal.timeout(FEED_TEST_TIMEOUT_MS),
      timezone: deps.settings.get().timezone,
      format: feed.format,
      selectors: feed.selectors,
    });
    let answer: FeedTestResponse;
    if (attempt.kind === 'document') {
      const { document } = attempt;
      answer = {
        ok: true,
        format: document.format,
        title: document.title,
        articles: document.articles.slice(0, FEED_TEST_ARTICLES).map((article) => ({
          title: article.title,
          time: article.publishedAtMs === null ? null : new Date(article.publishedAtMs).toISOString(),
          link: article.link,
          image: article.image?.url ?? null,
        })),
      };
    } else if (attempt.kind === 'failed') {
      answer = { ok: false, error: attempt.error };
    } else {
      answer = { ok: false, error: 'the server answered 304 Not Modified to a request without validators' };
    }
    return reply.header('cache-control', 'no-store').send(answer);
  });

  app.post(API_ROUTES.feedRefresh, async (_request, reply) => reply.send(await deps.feed.refreshNow()));
}

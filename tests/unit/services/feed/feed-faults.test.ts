/**
 * The fault suite: whatever the feed server does wrong, the screen keeps the last good articles and the status
 * tells the operator what happened.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  charsetItems,
  closedPortUrl,
  goodFeed,
  rssFeed,
  sampleItems,
  startFeedServer,
  type FeedServer,
  type FeedServerMode,
} from '../../../support/feed-server';
import { createFeedKit, titlesOf, type OpenedFeed } from './feed-test-kit';

let server: FeedServer;
let kit: Awaited<ReturnType<typeof createFeedKit>>;
let feed: OpenedFeed;
const GOOD_TITLES = sampleItems(3).map((item) => item.title);

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.setMode('good');
  server.setFeed(goodFeed(3));
  kit = await createFeedKit();
  feed = await kit.open(server.url());
  const first = await feed.refreshNow();
  expect(first).toMatchObject({ origin: 'remote', items: 3, lastError: null, stale: false });
});
afterEach(() => kit.dispose());

describe('a feed that fails keeps the last good articles', () => {
  it.each<[string, FeedServerMode, RegExp]>([
    ['404', 'not-found', /^the server answered 404 Not Found$/],
    ['500', 'server-error', /^the server answered 500 Internal Server Error$/],
    ['a server that never answers', 'hang', /^no answer from 127\.0\.0\.1:\d+ within 0\.5 s$/],
    ['a server that drips a byte at a time', 'drip', /did not finish within 0\.5 s/],
    ['a 50 MB body', 'huge', /^larger than 1 MB \(the server says 50 MB\)$/],
    ['invalid XML', 'invalid-xml', /XML is broken/],
    ['a truncated body', 'truncated', /cut before the whole document arrived/],
    ['a redirect loop', 'redirect-loop', /redirects in a loop/],
    ['a captive portal', 'captive-portal', /web page \("Đăng nhập Wi-Fi"\), not a feed.*captive portal/],
  ])('%s', async (_fault, mode, error) => {
    server.setMode(mode);
    const status = await feed.refreshNow();

    expect(titlesOf(feed)).toEqual(GOOD_TITLES);
    expect(feed.current()).toMatchObject({ origin: 'remote', url: server.url() });
    expect(status.lastError).toMatch(error);
    expect(status).toMatchObject({ origin: 'remote', items: 3, stale: false, lastSuccessAt: expect.any(String) });
    expect(kit.linesMatching(/feed became (unreachable|unusable)/)).toHaveLength(1);
  });

  it('a refused connection', async () => {
    const refused = await closedPortUrl();
    kit.setFeed({ url: refused });
    feed.reconfigure();
    const status = await feed.refreshNow();

    // The articles of the old address show until the new one succeeds; its own news never arrived, so stale.
    expect(titlesOf(feed)).toEqual(GOOD_TITLES);
    expect(status).toMatchObject({ url: refused, origin: 'remote', items: 3, stale: true, lastSuccessAt: null });
    expect(status.lastError).toBe(`could not connect to ${new URL(refused).host} (connection refused)`);
  });

  it('a feed with no articles', async () => {
    server.setFeed(rssFeed({ items: [] }));
    const status = await feed.refreshNow();
    expect(titlesOf(feed)).toEqual(GOOD_TITLES);
    expect(status.lastError).toBe('the feed has no usable articles');
  });

  it('says so once per change of state, not on every attempt, and says when it is back', async () => {
    server.setMode('server-error');
    await feed.refreshNow();
    await feed.refreshNow();
    await feed.refreshNow();
    server.setMode('not-found');
    await feed.refreshNow();
    server.setMode('good');
    server.setFeed(goodFeed(4, 'mới'));
    const status = await feed.refreshNow();

    expect(kit.linesMatching(/feed became unreachable/)).toEqual([
      expect.stringMatching(/answered 500 .*; still showing the last 3 articles/),
      expect.stringMatching(/answered 404 /),
    ]);
    expect(kit.linesMatching(/feed is back: 4 articles/)).toHaveLength(1);
    expect(status).toMatchObject({ lastError: null, items: 4 });
  });
});

describe('feeds that are odd but fine', () => {
  it.each<FeedServerMode>(['gzip', 'brotli'])('reads a %s-encoded feed', async (mode) => {
    server.setMode(mode);
    server.setFeed(goodFeed(5, mode));
    const status = await feed.refreshNow();
    expect(titlesOf(feed)).toEqual(sampleItems(5, mode).map((item) => item.title));
    expect(status.lastError).toBeNull();
  });

  it('follows a redirect chain within the cap and resolves links against where it ended', async () => {
    server.setMode('redirect-chain', { hops: 3 });
    server.setFeed(goodFeed(2, 'chuyển'));
    await feed.refreshNow();
    expect(titlesOf(feed)).toEqual(sampleItems(2, 'chuyển').map((item) => item.title));
  });

  it.each<[FeedServerMode, RegExp | null]>([
    ['charset-1258', null],
    ['charset-1258-as-utf8', /server says utf-8 but the text is windows-1258/],
    ['charset-utf8-as-1258', /declared as windows-1258 but the text is UTF-8/],
  ])('decodes Vietnamese right when the charset is %s', async (mode, note) => {
    server.setMode(mode);
    const status = await feed.refreshNow();
    expect(titlesOf(feed)).toEqual(charsetItems().map((item) => item.title));
    expect(status.lastError).toBeNull();
    if (note) expect(kit.linesMatching(note)).toHaveLength(1);
  });

  it('keeps hostile items as plain text with no script and no javascript: links', async () => {
    server.setMode('hostile');
    await feed.refreshNow();
    const articles = feed.current().articles;
    expect(articles.length).toBeGreaterThan(0);
    const everything = JSON.stringify(articles);
    expect(everything).not.toMatch(/<script|onerror|javascript:|<img|<style/i);
    expect(articles[0]?.link).toBeNull();
    expect(articles[0]?.title).toContain('Đại hội công đoàn');
  });
});

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ParseFeedModule from '../../../../main/core/feed/parse-feed';
import { goodFeed, sampleItems, startFeedServer, type FeedServer } from '../../../support/feed-server';
import { createFeedKit, START_MS, titlesOf } from './feed-test-kit';

// Counts parses, so a 304 can be shown to cost none.
const parseCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../main/core/feed/parse-feed', async (importOriginal) => {
  const original = await importOriginal<typeof ParseFeedModule>();
  return {
    ...original,
    parseFeed: (...args: Parameters<typeof original.parseFeed>) => {
      parseCalls.count++;
      return original.parseFeed(...args);
    },
  };
});

const SAMPLE_TITLE = 'Đẩy mạnh công tác tuyên truyền chào mừng Đại hội Công đoàn các cấp';
const MINUTE = 60_000;
let server: FeedServer;
let kit: Awaited<ReturnType<typeof createFeedKit>>;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.setMode('good');
  server.setFeed(goodFeed(3));
  kit = await createFeedKit();
});
afterEach(() => kit.dispose());

const requestsTo = (path: string) => server.requests().filter((request) => request.path === path);

describe('feed service', () => {
  it('shows the bundled sample with no URL and never touches the network', async () => {
    const before = server.requests().length;
    const feed = await kit.open(null);
    const status = await feed.refreshNow();

    expect(feed.current()).toMatchObject({ origin: 'sample', url: null, lastSuccessAtMs: null });
    expect(feed.current().title).toBe('Liên đoàn Lao động tỉnh Bắc Kạn');
    expect(titlesOf(feed)).toEqual([SAMPLE_TITLE]);
    expect(status).toMatchObject({ url: null, origin: 'sample', items: 1, stale: false, nextAttemptAt: null });
    expect(server.requests().length).toBe(before);
  });

  it('shows the sample until the remote feed first succeeds, then the feed, and tells listeners', async () => {
    const feed = await kit.open(server.url('/first.xml'));
    expect(feed.current().origin).toBe('sample');
    expect(feed.status()).toMatchObject({ stale: true, lastSuccessAt: null });
    const changed = vi.fn();
    feed.onChange(changed);

    const status = await feed.refreshNow();
    expect(feed.current()).toMatchObject({
      origin: 'remote',
      url: server.url('/first.xml'),
      title: 'Công đoàn tỉnh Bắc Kạn',
      lastSuccessAtMs: START_MS,
    });
    expect(titlesOf(feed)).toEqual(sampleItems(3).map((item) => item.title));
    expect(status).toMatchObject({
      origin: 'remote',
      items: 3,
      stale: false,
      lastError: null,
      lastSuccessAt: new Date(START_MS).toISOString(),
      lastAttemptAt: new Date(START_MS).toISOString(),
      nextAttemptAt: new Date(START_MS + 15 * MINUTE).toISOString(),
    });
    expect(changed).toHaveBeenCalled();
    expect(kit.linesMatching(/feed loaded: 3 articles from/)).toHaveLength(1);
  });

  it('asks with If-None-Match next time, and a 304 is a success that costs no parse', async () => {
    const feed = await kit.open(server.url('/etag.xml'));
    await feed.refreshNow();
    const etag = requestsTo('/etag.xml').at(-1)?.headers;
    expect(etag?.['if-none-match']).toBeUndefined();
    const parsesBefore = parseCalls.count;

    kit.clock += 20 * MINUTE;
    const status = await feed.refreshNow();

    const second = requestsTo('/etag.xml').at(-1)?.headers;
    expect(second?.['if-none-match']).toMatch(/^"[0-9a-f]+"$/);
    expect(second?.['if-modified-since']).toMatch(/GMT$/);
    expect(parseCalls.count).toBe(parsesBefore);
    expect(status).toMatchObject({ lastSuccessAt: new Date(kit.clock).toISOString(), items: 3, lastError: null });
    expect(feed.current().lastSuccessAtMs).toBe(kit.clock);
  });

  it('keeps the feed across a restart, shown at once and offline, with its validators', async () => {
    const url = server.url('/kept.xml');
    const first = await kit.open(url);
    await first.refreshNow();
    await first.close();
    const saved = JSON.parse(await readFile(kit.stateFile, 'utf8')) as { url: string; etag: string | null };
    expect(saved).toMatchObject({ version: 1, url, etag: expect.stringMatching(/^"/) });

    server.setMode('hang');
    kit.clock += 60 * MINUTE;
    const reopened = await kit.open(url);
    expect(reopened.current()).toMatchObject({ origin: 'remote', url, lastSuccessAtMs: START_MS });
    expect(titlesOf(reopened)).toEqual(sampleItems(3).map((item) => item.title));
    expect(reopened.status()).toMatchObject({
      items: 3,
      stale: false,
      lastSuccessAt: new Date(START_MS).toISOString(),
    });

    server.setMode('good');
    await reopened.refreshNow();
    expect(requestsTo('/kept.xml').at(-1)?.headers['if-none-match']).toBe(saved.etag);
  });

  it('after a restart with the clock set back a day, polls within one interval, not a day late', async () => {
    const url = server.url('/clock.xml');
    const first = await kit.open(url);
    await first.refreshNow();
    await first.close();

    kit.clock -= 24 * 60 * MINUTE;
    const reopened = await kit.open(url);
    expect(Date.parse(reopened.status().nextAttemptAt ?? '')).toBeLessThanOrEqual(kit.clock + 15 * MINUTE);
  });

  it('sets a corrupt state file aside, says so, and starts from the sample', async () => {
    await mkdir(dirname(kit.stateFile), { recursive: true });
    await writeFile(kit.stateFile, '{"version":1,"url":"https://congdoanbackan.vn/rss","articles":[{"key');
    const feed = await kit.open(null);

    expect(feed.current().origin).toBe('sample');
    const files = await readdir(dirname(kit.stateFile));
    expect(files).toEqual([expect.stringMatching(/^feed\.json\.invalid-2026-03-02T01-00-00-000Z$/)]);
    expect(kit.linesMatching(/feed\.json cannot be used \(it is not JSON.*kept as .*invalid-/)).toHaveLength(1);
  });

  it('sets aside a state file whose articles are not the right shape', async () => {
    await mkdir(dirname(kit.stateFile), { recursive: true });
    await writeFile(kit.stateFile, JSON.stringify({ version: 1, url: 'https://x.vn/rss', articles: 'nope' }));
    const feed = await kit.open('https://x.vn/rss');
    expect(feed.current().origin).toBe('sample');
    expect(kit.linesMatching(/cannot be used \(/)).toHaveLength(1);
  });

  it('shows the articles of a previous URL until the new URL succeeds, then replaces them', async () => {
    const old = await kit.open(server.url('/old.xml'));
    await old.refreshNow();
    await old.close();

    server.setMode('server-error');
    const feed = await kit.open(server.url('/new.xml'));
    let status = await feed.refreshNow();
    expect(feed.current().url).toBe(server.url('/old.xml'));
    expect(status).toMatchObject({ url: server.url('/new.xml'), stale: true, lastSuccessAt: null, items: 3 });
    // No validators of another URL are sent.
    expect(requestsTo('/new.xml').at(-1)?.headers['if-none-match']).toBeUndefined();

    server.setMode('good');
    server.setFeed(goodFeed(2, 'mới'));
    status = await feed.refreshNow();
    expect(feed.current().url).toBe(server.url('/new.xml'));
    expect(titlesOf(feed)).toEqual(sampleItems(2, 'mới').map((item) => item.title));
    expect(status).toMatchObject({ stale: false, lastError: null, items: 2 });
  });

  it('joins a fetch in progress instead of starting another', async () => {
    server.setMode('hang');
    const feed = await kit.open(server.url('/join.xml'));
    const [a, b] = await Promise.all([feed.refreshNow(), feed.refreshNow()]);
    expect(requestsTo('/join.xml')).toHaveLength(1);
    expect(a.lastError).toMatch(/no answer/);
    expect(b.lastError).toBe(a.lastError);
  });

  it('backs off after failures (30 s, 1 min …) and returns to the poll interval after a success', async () => {
    server.setMode('server-error');
    const feed = await kit.open(server.url('/backoff.xml'));
    const at = (ms: number) => new Date(START_MS + ms).toISOString();
    expect((await feed.refreshNow()).nextAttemptAt).toBe(at(30_000));
    expect((await feed.refreshNow()).nextAttemptAt).toBe(at(MINUTE));
    expect((await feed.refreshNow()).nextAttemptAt).toBe(at(2 * MINUTE));
    server.setMode('good');
    expect((await feed.refreshNow()).nextAttemptAt).toBe(at(15 * MINUTE));
  });

  it('turns stale when no fetch succeeded for staleAfterHours', async () => {
    const feed = await kit.open(server.url('/stale.xml'), { staleAfterHours: 2 });
    await feed.refreshNow();
    kit.clock += 2 * 60 * MINUTE + 1;
    expect(feed.status().stale).toBe(true);
    expect(feed.current().articles).toHaveLength(3);
  });

  it('re-reads the settings on reconfigure and fetches the new URL soon', async () => {
    const feed = await kit.open(server.url('/a.xml'));
    await feed.refreshNow();
    const changed = new Promise<void>((resolve) => feed.onChange(resolve));
    server.setFeed(goodFeed(1, 'b'));
    kit.setFeed({ url: server.url('/b.xml') });
    feed.reconfigure();
    await changed;
    await vi.waitFor(() => expect(feed.current().url).toBe(server.url('/b.xml')), { timeout: 2000 });
    expect(titlesOf(feed)).toEqual(sampleItems(1, 'b').map((item) => item.title));

    kit.setFeed({ url: null });
    feed.reconfigure();
    expect(feed.current().origin).toBe('sample');
    expect(feed.status()).toMatchObject({ url: null, nextAttemptAt: null, stale: false });
  });

  it('re-times the next poll from the last attempt when the interval changes, and only then', async () => {
    const feed = await kit.open(server.url('/interval.xml'));
    await feed.refreshNow();
    kit.clock += 2 * MINUTE;
    kit.setFeed({ headlinesInMarquee: true });
    feed.reconfigure();
    expect(feed.status().nextAttemptAt).toBe(new Date(START_MS + 15 * MINUTE).toISOString());

    kit.setFeed({ pollIntervalMin: 5 });
    feed.reconfigure();
    expect(feed.status().nextAttemptAt).toBe(new Date(START_MS + 5 * MINUTE).toISOString());
  });

  it('close() stops a fetch in progress and later polls', async () => {
    server.setMode('hang');
    const feed = await kit.open(server.url('/close.xml'));
    const pending = feed.refreshNow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await feed.close();
    expect(Date.now() - started).toBeLessThan(400);
    await expect(pending).resolves.toMatchObject({ url: server.url('/close.xml') });
    expect(feed.status().nextAttemptAt).toBeNull();
  });
});

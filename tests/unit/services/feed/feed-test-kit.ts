/** A feed service wired to a fixture server, a temp data dir, a settable clock and captured log lines. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_FEED_SETTINGS, type FeedSettings } from '../../../../main/core/feed/feed-settings';
import { openFeedService } from '../../../../main/services/feed/feed-service';
import { createLogger } from '../../../../main/services/logger';
import { REPO_ROOT } from '../../../support/host-process';

export const SAMPLE_FILE = join(REPO_ROOT, 'assets', 'feed', 'sample-feed.xml');
/** Small limits so the hang and drip faults cost half a second, not thirty. */
export const TEST_LIMITS = { connectTimeoutMs: 1000, totalTimeoutMs: 500, maxBytes: 1024 * 1024, maxRedirects: 5 };
export const START_MS = Date.parse('2026-03-02T01:00:00Z');

export type OpenedFeed = Awaited<ReturnType<typeof openFeedService>>;

/** One test's world: open services with `open()`, change `settings` and `clock`, read `lines`. */
export async function createFeedKit() {
  const dir = await mkdtemp(join(tmpdir(), 'pano-feed-'));
  const kit = {
    dir,
    stateFile: join(dir, 'state', 'feed.json'),
    lines: [] as string[],
    clock: START_MS,
    settings: { feed: DEFAULT_FEED_SETTINGS as FeedSettings, timezone: 'Asia/Ho_Chi_Minh' },
    services: [] as OpenedFeed[],
    setFeed(feed: Partial<FeedSettings>) {
      kit.settings = { ...kit.settings, feed: { ...kit.settings.feed, ...feed } };
    },
    async open(url: string | null, feed: Partial<FeedSettings> = {}): Promise<OpenedFeed> {
      kit.setFeed({ url, ...feed });
      const service = await openFeedService({
        stateFile: kit.stateFile,
        sampleFile: SAMPLE_FILE,
        settings: () => kit.settings,
        logger: createLogger({ writeLine: (line) => kit.lines.push(line) }),
        now: () => kit.clock,
        random: () => 0.5,
        fetchLimits: TEST_LIMITS,
      });
      kit.services.push(service);
      return service;
    },
    linesMatching: (pattern: RegExp) => kit.lines.filter((line) => pattern.test(line)),
    async dispose() {
      for (const service of kit.services.splice(0)) await service.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return kit;
}

export const titlesOf = (service: OpenedFeed) => service.current().articles.map((article) => article.title);

import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { REPO_ROOT, startHostProcess, type HostProcess } from '../support/host-process';
import {
  CONGRESS,
  GIFTS,
  SEED_ARTICLE,
  activeSlide,
  advanceToItem,
  defaultNewsItemId,
  feedHealth,
  fetchFeedNow,
  readQr,
  unionRss,
  visibleText,
  writePlaylist,
} from './support-news';

/** How long each item of the bundled default playlist stays on screen. */
function defaultDurations(): Record<string, number> {
  const playlist = JSON.parse(readFileSync(join(REPO_ROOT, 'assets', 'default-playlist.json'), 'utf8')) as {
    items: Array<{ id: string; durationS: number }>;
  };
  return Object.fromEntries(playlist.items.map((item) => [item.id, item.durationS]));
}

/** What a viewer reads on the news slide in front of them, and where its QR code leads. */
async function readNewsSlide(page: Page): Promise<{ title: string; time: string; qr: string | null }> {
  const slide = activeSlide(page);
  const title = slide.getByTestId('news-title');
  await expect(title).toBeVisible();
  const qr = slide.getByTestId('news-qr');
  await expect(qr).toBeVisible();
  return {
    title: await visibleText(title),
    time: await visibleText(slide.getByTestId('news-time')),
    qr: await readQr(qr),
  };
}

test.describe('the bundled sample feed', () => {
  let host: HostProcess;
  test.beforeEach(async () => {
    host = await startHostProcess();
  });
  test.afterEach(async () => {
    await host.dispose();
  });

  test('a fresh screen with no flags shows the union article: its title, its time and a QR code to it', async ({
    page,
  }) => {
    const newsId = defaultNewsItemId();
    await page.clock.install();
    await page.goto(host.url);
    await advanceToItem(page, newsId, defaultDurations());

    const seen = await readNewsSlide(page);
    expect(seen.title).toBe(SEED_ARTICLE.title);
    expect(seen.time).toContain(SEED_ARTICLE.time);
    expect(seen.qr, 'a phone pointed at the QR code opens the article').toBe(SEED_ARTICLE.link);

    // The sample was never fetched from anywhere, so the host does not claim a fetch.
    const { status, feed } = await feedHealth(host);
    expect(status).toBe(200);
    expect(feed).toMatchObject({ lastSuccessAt: null, items: 1, stale: false });
  });

  test('the sample article shows its bundled picture, with no network', async ({ page }) => {
    await writePlaylist(host.dataDir, [{ id: 'tin', type: 'news', durationS: 600, count: 3 }]);
    await page.goto(host.url);
    await expect(activeSlide(page)).toHaveAttribute('data-item-id', 'tin');
    const picture = activeSlide(page).locator('img');
    await expect(picture.first()).toBeVisible();
    const sizes = await picture.evaluateAll((imgs) =>
      imgs.map((img) => ({
        src: new URL((img as HTMLImageElement).src).pathname,
        width: (img as HTMLImageElement).naturalWidth,
      })),
    );
    expect(
      sizes.filter((s) => s.width >= 800),
      'a decoded picture of at least 800 px on the slide',
    ).not.toEqual([]);
    // Served by the host from its own cache, never from the union's server.
    for (const { src } of sizes) expect(src).toMatch(/^\/media\//);
  });
});

test.describe('a configured feed', () => {
  let server: FeedServer;
  let dataDir: string;
  const hosts: HostProcess[] = [];
  test.beforeEach(async () => {
    server = await startFeedServer({ feed: unionRss([GIFTS, CONGRESS]) });
    dataDir = await mkdtemp(join(tmpdir(), 'pano-news-'));
    // bk1 marks where the rotation starts, so "first" means something on screen.
    await writePlaylist(dataDir, [
      { id: 'bk1', type: 'image', src: 'bk1', durationS: 5 },
      { id: 'tin', type: 'news', durationS: 10, count: 3 },
    ]);
  });
  test.afterEach(async () => {
    for (const host of hosts.splice(0)) await host.dispose();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** From the start of bk1, the news slides in the order a viewer sees them. */
  async function newsInOrder(page: Page): Promise<Array<{ title: string; time: string; qr: string | null }>> {
    await advanceToItem(page, 'bk1', { bk1: 5, tin: 10 });
    const seen = [];
    let durationS = 5;
    for (let i = 0; i < 2; i++) {
      const slide = activeSlide(page);
      const startedAt = (await slide.getAttribute('data-started-at')) ?? '';
      await page.clock.pauseAt(Number(startedAt) + durationS * 1000 + 50);
      await expect(activeSlide(page)).not.toHaveAttribute('data-started-at', startedAt);
      await expect(activeSlide(page)).toHaveAttribute('data-item-id', 'tin');
      seen.push(await readNewsSlide(page));
      durationS = 10;
    }
    return seen;
  }

  test('the congress article comes first with its title, Vietnamese time and QR code, and survives the feed going away', async ({
    page,
  }) => {
    const before = Date.now();
    const args = ['--feed-url', server.url()];
    const first = await startHostProcess({ dataDir, args });
    hosts.push(first);
    await expect
      .poll(async () => (await feedHealth(first)).feed.items, { message: 'the host has read both articles' })
      .toBe(2);
    const { feed } = await feedHealth(first);
    expect(feed.stale).toBe(false);
    expect(feed.lastSuccessAt, 'the host says when it last fetched the feed').not.toBeNull();
    const fetchedAt = Date.parse(feed.lastSuccessAt as string);
    expect(fetchedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(fetchedAt).toBeLessThanOrEqual(Date.now() + 1000);
    expect(server.requests().length, 'the feed server was really asked').toBeGreaterThan(0);

    await page.clock.install();
    await page.goto(first.url);
    const seen = await newsInOrder(page);
    expect(seen[0]).toEqual({
      title: CONGRESS.title,
      time: expect.stringContaining('08:45 - 19/05/2023'),
      qr: CONGRESS.link,
    });
    expect(seen[1]).toEqual({
      title: GIFTS.title,
      time: expect.stringContaining('10:20 - 22/01/2024'),
      qr: GIFTS.link,
    });

    // The union's server goes down and the screen is restarted with it still down.
    await first.stop();
    await server.close();
    const second = await startHostProcess({ dataDir, args });
    hosts.push(second);
    fetchFeedNow(second);
    await expect
      .poll(async () => (await feedHealth(second)).feed.lastError ?? null, {
        message: 'the restarted host tried the unreachable feed',
      })
      .not.toBeNull();
    const after = (await feedHealth(second)).feed;
    expect(after.items, 'the articles fetched before the restart are still held').toBe(2);
    expect(after.lastSuccessAt, 'a failed fetch is not reported as a success').toBe(feed.lastSuccessAt);

    await page.goto(second.url);
    const again = await newsInOrder(page);
    expect(again.map((s) => s.title)).toEqual([CONGRESS.title, GIFTS.title]);
    expect(again[0]?.qr).toBe(CONGRESS.link);
  });
});

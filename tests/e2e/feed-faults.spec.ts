/**
 * What a screen does when the union's feed misbehaves. One host and one fixture
 * feed server serve the whole suite (the host is not restarted between faults:
 * a real screen meets them one after another). Each test starts from good news,
 * switches the server to a fault, asks the host to fetch now (SIGHUP), waits
 * until /healthz shows the attempt is over, then looks at the screen.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  charsetItems,
  startFeedServer,
  type FeedServer,
  type FeedServerMode,
  type FeedServerModeOptions,
} from '../support/feed-server';
import { startHostProcess, type HostProcess } from '../support/host-process';
import {
  CONGRESS,
  activeSlide,
  feedHealth,
  fetchFeedNow,
  installCanary,
  readQr,
  scriptTraces,
  unionRss,
  visibleText,
  writePlaylist,
  type FeedHealth,
} from './support-news';

test.describe.configure({ mode: 'serial' });

const GOOD_FEED = unionRss([CONGRESS]);
/** Each article stays on screen this long, so the slide in front of the test does not move on by itself. */
const NEWS_DURATION_S = 600;

let server: FeedServer;
let host: HostProcess;
let dataDir: string;

test.beforeAll(async () => {
  server = await startFeedServer({ feed: GOOD_FEED });
  dataDir = await mkdtemp(join(tmpdir(), 'pano-faults-'));
  await writePlaylist(dataDir, [{ id: 'tin', type: 'news', durationS: NEWS_DURATION_S, count: 3 }]);
  host = await startHostProcess({ dataDir, args: ['--feed-url', server.url()] });
});
test.afterAll(async () => {
  await host?.dispose();
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

let goodVersion = 0;
/**
 * The good feed as the site publishes it again: the same article, in a new copy (a new ETag), so
 * one test's answer cannot be taken for another's by a conditional GET.
 */
const republishedGoodFeed = (): string => GOOD_FEED.replace('<rss ', `<!-- copy ${++goodVersion} -->\n<rss `);

/** Good news on the server and in the host, with no error outstanding. */
async function startFromGoodNews(): Promise<FeedHealth> {
  server.setMode('good');
  server.setFeed(republishedGoodFeed());
  const current = (await feedHealth(host)).feed;
  if (current.lastSuccessAt === null || (current.lastError ?? null) !== null || current.items !== 1) {
    fetchFeedNow(host);
  }
  await expect
    .poll(
      async () => {
        const { feed } = await feedHealth(host);
        return { fetched: feed.lastSuccessAt !== null, lastError: feed.lastError ?? null, items: feed.items };
      },
      { message: 'the host has the good feed again', timeout: 20_000 },
    )
    .toEqual({ fetched: true, lastError: null, items: 1 });
  return (await feedHealth(host)).feed;
}

/** Switches the server to `mode`, fetches now and waits until the attempt has ended (failed or succeeded). */
async function fetchDuringFault(
  mode: FeedServerMode,
  before: FeedHealth,
  timeoutMs: number,
  options?: FeedServerModeOptions,
): Promise<FeedHealth> {
  server.setMode(mode, options);
  fetchFeedNow(host);
  await expect
    .poll(
      async () => {
        const { feed } = await feedHealth(host);
        return (feed.lastError ?? null) !== null || feed.lastSuccessAt !== before.lastSuccessAt;
      },
      { message: `the host finished its fetch of the "${mode}" feed`, timeout: timeoutMs },
    )
    .toBe(true);
  return (await feedHealth(host)).feed;
}

/** The screen shows the last good article, no feed script ran, and the host answers /healthz. */
async function expectGoodNewsStillShown(page: Page, mode: string, before: FeedHealth): Promise<void> {
  const { status, feed } = await feedHealth(host);
  expect(status, `/healthz after "${mode}"`).toBe(200);
  expect(feed.lastError, `/healthz names what went wrong with "${mode}"`).toEqual(expect.any(String));
  expect(feed.lastSuccessAt, `a "${mode}" fetch is not counted as a success`).toBe(before.lastSuccessAt);
  expect(feed.items, `the good article is still held after "${mode}"`).toBe(1);
  const slide = activeSlide(page);
  await expect(slide).toHaveAttribute('data-item-id', 'tin');
  expect(await visibleText(slide.getByTestId('news-title')), `the title after "${mode}"`).toBe(CONGRESS.title);
  expect(await scriptTraces(page)).toEqual([]);
}

async function openScreen(page: Page): Promise<void> {
  await installCanary(page);
  await page.goto(host.url);
  await expect(activeSlide(page).getByTestId('news-title')).toHaveText(CONGRESS.title);
}

const QUICK_FAULTS: Array<{ mode: FeedServerMode; what: string }> = [
  { mode: 'server-error', what: 'a 500' },
  { mode: 'not-found', what: 'a 404' },
  { mode: 'invalid-xml', what: 'a document that is not well-formed XML' },
  { mode: 'truncated', what: 'a body cut off half-way' },
  { mode: 'redirect-loop', what: 'a redirect loop' },
  { mode: 'captive-portal', what: "a Wi-Fi captive portal's login page" },
];

for (const { mode, what } of QUICK_FAULTS) {
  test(`${what} leaves the last good article on screen`, async ({ page }) => {
    const before = await startFromGoodNews();
    await openScreen(page);
    await fetchDuringFault(mode, before, 15_000);
    await expectGoodNewsStillShown(page, mode, before);
  });
}

test('a 50 MB body, with or without its length declared, is refused and the screen keeps its news', async ({
  page,
}) => {
  await openScreen(page);
  for (const declareLength of [true, false]) {
    const before = await startFromGoodNews();
    const started = Date.now();
    await fetchDuringFault('huge', before, 30_000, { declareLength });
    await expectGoodNewsStillShown(page, `huge (length ${declareLength ? 'declared' : 'not declared'})`, before);
    expect(Date.now() - started, 'the host gives up on a huge body quickly').toBeLessThan(20_000);
  }
});

// A server that never answers, and one that sends a byte a second, are cut off only by the host's own
// time limit on a fetch: these two wait it out, so they share one test with a long timeout.
test('a feed that hangs, and one that drips a byte a second, are given up on and the screen never notices', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openScreen(page);
  for (const mode of ['hang', 'drip'] as const) {
    const before = await startFromGoodNews();
    server.setMode(mode);
    fetchFeedNow(host);
    // While the fetch is stuck the host answers at once.
    const askedAt = Date.now();
    expect((await feedHealth(host, 2000)).status).toBe(200);
    expect(Date.now() - askedAt).toBeLessThan(2000);
    await fetchDuringFault(mode, before, 100_000);
    await expectGoodNewsStillShown(page, mode, before);
  }
});

test('a feed in a lying charset never shows garbled Vietnamese', async ({ page }) => {
  await openScreen(page);
  const decoded = charsetItems().map((item) => item.title.normalize('NFC'));
  for (const mode of ['charset-1258-as-utf8', 'charset-utf8-as-1258', 'charset-1258'] as const) {
    const before = await startFromGoodNews();
    const after = await fetchDuringFault(mode, before, 15_000);
    expect((await feedHealth(host)).status).toBe(200);
    // Either the host read the bytes right (the new articles, exactly) or it refused them (the old one).
    const allowed = (after.lastError ?? null) === null ? decoded : [CONGRESS.title];
    const title = activeSlide(page).getByTestId('news-title');
    await expect
      .poll(async () => allowed.includes(await visibleText(title)), {
        message: `the title after "${mode}" (${after.lastError ?? 'read as a success'}) is one of ${allowed.join(' | ')}`,
      })
      .toBe(true);
    if (mode === 'charset-1258') {
      expect(after.lastError ?? null, 'a feed honestly labelled windows-1258 is read').toBeNull();
    }
  }
});

test('hostile items show as plain text: no script from the feed runs and no javascript: link reaches the page', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => dialogs.push(dialog.message()));
  const before = await startFromGoodNews();
  await page.clock.install();
  await openScreen(page);
  const after = await fetchDuringFault('hostile', before, 15_000);
  expect(after.lastError ?? null, 'hostile items are still news: the fetch succeeds').toBeNull();
  expect(after.items).toBe(2);

  // The hostile articles replace the good one; the test looks at both, one after the other.
  const seen: Array<{ text: string; qr: string | null }> = [];
  await expect(activeSlide(page).getByTestId('news-title')).not.toHaveText(CONGRESS.title);
  for (let i = 0; i < 2; i++) {
    const slide = activeSlide(page);
    const title = slide.getByTestId('news-title');
    await expect(title).toBeVisible();
    const qr = slide.getByTestId('news-qr');
    seen.push({
      text: await visibleText(slide),
      qr: (await qr.count()) > 0 ? await readQr(qr) : null,
    });
    const startedAt = (await slide.getAttribute('data-started-at')) ?? '';
    await page.clock.pauseAt(Number(startedAt) + NEWS_DURATION_S * 1000 + 50);
    await expect(activeSlide(page)).not.toHaveAttribute('data-started-at', startedAt);
  }
  const titles = seen.map((s) => s.text);
  expect(titles.some((t) => t.includes('Tin mới') && t.includes('Đại hội công đoàn'))).toBe(true);
  expect(titles.some((t) => t.includes('Bài') && t.includes('thứ hai'))).toBe(true);
  for (const { text, qr } of seen) {
    expect(text, 'no markup shows as text on the slide').not.toMatch(
      /<\s*\/?\s*(script|img|a|style)\b|onerror|alert\(/i,
    );
    // A javascript: link is dropped, so that article has no QR code; the other one leads to its page.
    if (qr !== null) expect(qr).toMatch(/^https:\/\//);
  }
  expect(seen.map((s) => s.qr)).toContain('https://congdoanbackan.vn/tin-tuc/bai-hai.html');
  expect(await scriptTraces(page), 'script from the feed').toEqual([]);
  expect(dialogs, 'dialogs opened by the feed').toEqual([]);
  // `<style>body{display:none}</style>` in a summary must not hide the screen.
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
  expect((await feedHealth(host)).status).toBe(200);
});

test('when the site goes back to a copy the screen had before, the screen goes back to it too', async ({ page }) => {
  // The site serves the good feed with an ETag, then other news without one, then the first copy again.
  // The host must not answer the third with the first copy's ETag: the server would say 304 and the
  // screen would keep showing news the site no longer publishes.
  const before = await startFromGoodNews();
  await openScreen(page);
  const other = await fetchDuringFault('charset-1258', before, 15_000);
  expect(other.lastError ?? null, 'the windows-1258 feed is read').toBeNull();
  await expect(activeSlide(page).getByTestId('news-title')).not.toHaveText(CONGRESS.title);

  server.setMode('good'); // the copy served before, with the same ETag
  fetchFeedNow(host);
  await expect
    .poll(async () => (await feedHealth(host)).feed.lastSuccessAt, { message: 'the host fetched the feed again' })
    .not.toBe(other.lastSuccessAt);
  await expect(activeSlide(page).getByTestId('news-title'), 'the screen shows what the site publishes now').toHaveText(
    CONGRESS.title,
  );
  const requests = server.requests();
  const last = requests[requests.length - 1];
  expect(
    last?.headers['if-none-match'] ?? null,
    'the answer before had no ETag, so there is none to send back',
  ).toBeNull();
  expect((await feedHealth(host)).feed.items).toBe(1);
});

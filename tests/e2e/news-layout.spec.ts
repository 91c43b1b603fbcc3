/**
 * The news slide's layout on the two screen shapes a hall has (16:9 and 9:16):
 * nothing runs off the screen or under the slogan band, the summary stops at
 * a whole line inside its box, a missing field leaves no "null" behind, and
 * stale news says how old it is without hiding the article.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { startHostProcess, type HostProcess } from '../support/host-process';
import { activeSlide, unionRss, writePlaylist, type FixtureArticle } from './support-news';

const SCREENS = [
  { name: '16:9', width: 1920, height: 1080 },
  { name: '9:16', width: 1080, height: 1920 },
] as const;

/** A long article with no picture and no author: the text-only layout, with every paragraph too many. */
const LONG_TEXT_ONLY: FixtureArticle = {
  title:
    'Đẩy mạnh công tác tuyên truyền chào mừng Đại hội Công đoàn các cấp tiến tới Đại hội X Công đoàn tỉnh Bắc Kạn và Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023 - 2028',
  link: 'https://congdoanbackan.org.vn/tin-tuc/day-manh-cong-tac-tuyen-truyen-chao-mung-dai-hoi-cong-doan-cac-cap.html',
  pubDate: 'Wed, 21 Dec 2022 15:06:00 +0700',
  description: Array.from(
    { length: 6 },
    () =>
      'Nhằm tuyên truyền rộng rãi đến đội ngũ cán bộ, công chức, viên chức và người lao động niềm tự hào về giai cấp công nhân, tổ chức Công đoàn Việt Nam và ý nghĩa của Đại hội Công đoàn các cấp, Liên đoàn Lao động tỉnh đã ban hành Kế hoạch về công tác tuyên truyền.',
  ).join(' '),
  category: 'Đại hội Công đoàn',
};

/** Everything on the active news slide that a viewer could see outside where it belongs. */
async function layoutProblems(page: Page): Promise<string[]> {
  return activeSlide(page).evaluate((slide) => {
    const problems: string[] = [];
    const band = document.querySelector('[data-testid="marquee"]')?.getBoundingClientRect();
    const floor = band && band.height > 0 ? band.top : innerHeight;
    const name = (el: Element) => `${el.localName}.${el.getAttribute('class') ?? ''}`;
    for (const el of slide.querySelectorAll('.news *')) {
      if (el.closest('.news-summary-measure')) continue; // the hidden copy the fit measures
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.left < -1 || rect.top < -1 || rect.right > innerWidth + 1) problems.push(`${name(el)} off the screen`);
      if (rect.bottom > floor + 1) problems.push(`${name(el)} under the slogan band (${rect.bottom} > ${floor})`);
    }
    const summary = slide.querySelector('[data-testid="news-summary"]')?.getBoundingClientRect();
    for (const paragraph of slide.querySelectorAll('[data-testid="news-summary"] > p')) {
      if (summary && paragraph.getBoundingClientRect().bottom > summary.bottom + 1) {
        problems.push(`a summary paragraph runs past its box`);
      }
    }
    return problems;
  });
}

/** The slide's text as read, without the hidden measuring copy. */
async function shownText(page: Page): Promise<string> {
  return activeSlide(page).evaluate((slide) => (slide as HTMLElement).innerText);
}

test.describe('the sample article, with its picture', () => {
  let host: HostProcess;
  test.beforeEach(async () => {
    host = await startHostProcess();
    await writePlaylist(host.dataDir, [{ id: 'tin', type: 'news', durationS: 600, count: 1 }]);
  });
  test.afterEach(async () => {
    await host.dispose();
  });

  for (const screen of SCREENS) {
    test(`fits a ${screen.name} screen: nothing off screen or under the band, a QR code a phone can find`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.goto(host.url);
      await expect(activeSlide(page)).toHaveAttribute('data-item-id', 'tin');
      const slide = activeSlide(page);
      await expect(slide.getByTestId('news-title')).toBeVisible();
      await expect(slide.getByTestId('news-time')).toHaveText(/\d\d:\d\d - \d\d\/\d\d\/\d{4}/);
      await expect(slide.locator('img.news-image')).toBeVisible();
      await page.evaluate(() => document.fonts.ready);

      expect(await layoutProblems(page)).toEqual([]);
      expect(await shownText(page)).not.toMatch(/\bnull\b|\bundefined\b|\bNaN\b/);
      const qr = await slide.getByTestId('news-qr').boundingBox();
      expect(qr, 'a QR code on the slide').not.toBeNull();
      expect(qr!.width, 'large enough to scan from a couple of metres').toBeGreaterThanOrEqual(
        0.15 * Math.min(screen.width, screen.height),
      );
      expect(Math.abs(qr!.width - qr!.height)).toBeLessThan(1);
    });
  }
});

test.describe('a long article without picture or author, from a feed that goes stale', () => {
  let server: FeedServer;
  let dataDir: string;
  let host: HostProcess | undefined;
  test.beforeEach(async () => {
    server = await startFeedServer({ feed: unionRss([LONG_TEXT_ONLY]) });
    dataDir = await mkdtemp(join(tmpdir(), 'pano-news-layout-'));
    await writePlaylist(dataDir, [{ id: 'tin', type: 'news', durationS: 600, count: 1 }]);
    host = await startHostProcess({ dataDir, args: ['--feed-url', server.url()] });
  });
  test.afterEach(async () => {
    await host?.dispose();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  for (const screen of SCREENS) {
    test(`lays out as text only on ${screen.name}, clamped, and says how old the news is once stale`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.clock.install();
      await page.goto(host!.url);
      const slide = activeSlide(page);
      // The host fetches the feed at start; until then the bundled sample may be on screen.
      await expect(slide.getByTestId('news-title')).toHaveText(LONG_TEXT_ONLY.title, { timeout: 15_000 });
      await expect(slide).toHaveAttribute('data-item-id', 'tin');
      await expect(slide.locator('img')).toHaveCount(0);
      await expect(slide.getByTestId('news-time')).toHaveText('15:06 - 21/12/2022');
      await page.evaluate(() => document.fonts.ready);
      expect(await layoutProblems(page)).toEqual([]);
      // The summary is far too long for any screen: it is cut at a whole line, not run off.
      await expect(slide.locator('[data-testid="news-summary"] > p').last()).toHaveClass(/news-paragraph-clamped/);
      await expect(slide.getByTestId('news-stale')).toHaveCount(0);

      // Three days without a successful fetch (the feed's default allows 24 hours).
      await page.clock.pauseAt(Date.now() + 3 * 24 * 3_600_000 + 120_000);
      await expect(slide.getByTestId('news-stale')).toHaveText(/^cập nhật 3 ngày trước$/);
      await expect(slide.getByTestId('news-title')).toBeVisible();
      expect(await layoutProblems(page)).toEqual([]);
      expect(await shownText(page)).not.toMatch(/\bnull\b|\bundefined\b|\bNaN\b/);
    });
  }
});

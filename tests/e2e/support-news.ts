/**
 * What the news specs share: finding the news slide a viewer sees, reading its
 * QR code the way a phone would (from pixels), asking /healthz about the feed,
 * a playlist in the data dir, a canary for script from a feed, and RSS
 * documents in the shape of the union's site.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { REPO_ROOT, type HostProcess } from '../support/host-process';

/** The seed article of congdoanbackan.org.vn, as the bundled sample feed carries it. */
export const SEED_ARTICLE = {
  title: 'Đẩy mạnh công tác tuyên truyền chào mừng Đại hội Công đoàn các cấp',
  time: '15:06 - 21/12/2022',
  link: 'https://congdoanbackan.org.vn/tin-tuc/day-manh-cong-tac-tuyen-truyen-chao-mung-dai-hoi-cong-doan-cac-cap.html',
} as const;

/** A congress article on a fixture copy of the union's site: featured, though older than {@link GIFTS}. */
export const CONGRESS: FixtureArticle = {
  title: 'Đại hội Công đoàn cơ sở nhiệm kỳ 2023 - 2028 thành công tốt đẹp',
  link: 'https://congdoanbackan.org.vn/tin-tuc/dai-hoi-cong-doan-co-so-nhiem-ky-2023-2028.html',
  pubDate: 'Fri, 19 May 2023 08:45:00 +0700',
  description: 'Các đại biểu đã thảo luận, góp ý vào dự thảo văn kiện và bầu Ban Chấp hành nhiệm kỳ mới.',
  category: 'Đại hội Công đoàn',
};

/** A newer article with no congress in it. */
export const GIFTS: FixtureArticle = {
  title: 'Trao quà Tết cho đoàn viên có hoàn cảnh khó khăn',
  link: 'https://congdoanbackan.org.vn/tin-tuc/trao-qua-tet-cho-doan-vien.html',
  pubDate: 'Mon, 22 Jan 2024 10:20:00 +0700',
  description: 'Lãnh đạo Liên đoàn Lao động tỉnh thăm hỏi, tặng quà đoàn viên, người lao động nhân dịp Tết.',
  category: 'Hoạt động công đoàn',
};

/** The slide a viewer sees now (entering or shown). */
export const activeSlide = (page: Page): Locator => page.locator('[data-testid="slide"][data-active="true"]');

/** The id of the bundled default playlist's news item (its `data-item-id` on screen). */
export function defaultNewsItemId(): string {
  const playlist = JSON.parse(readFileSync(join(REPO_ROOT, 'assets', 'default-playlist.json'), 'utf8')) as {
    items: Array<{ id: string; type: string }>;
  };
  const news = playlist.items.find((item) => item.type === 'news');
  if (!news) throw new Error('the bundled default playlist has no news item');
  return news.id;
}

/** Text as a viewer reads it: NFC, whitespace collapsed. */
export async function visibleText(locator: Locator): Promise<string> {
  return ((await locator.innerText()) ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Drives the page's clock (installed with `page.clock.install()` before `goto`)
 * slide by slide until the active slide belongs to `itemId`. `durationsS` gives
 * each item's time on screen.
 */
export async function advanceToItem(
  page: Page,
  itemId: string,
  durationsS: Readonly<Record<string, number>>,
  maxSteps = 12,
): Promise<void> {
  for (let step = 0; step < maxSteps; step++) {
    const slide = activeSlide(page);
    await expect(slide).toHaveCount(1);
    const id = (await slide.getAttribute('data-item-id')) ?? '';
    if (id === itemId) return;
    const startedAtMs = Number(await slide.getAttribute('data-started-at'));
    const durationS = durationsS[id];
    if (!Number.isFinite(startedAtMs) || durationS === undefined) {
      throw new Error(`cannot tell when slide "${id}" ends (data-started-at ${String(startedAtMs)})`);
    }
    const startedText = String(startedAtMs);
    await page.clock.pauseAt(startedAtMs + durationS * 1000 + 50);
    // The next slide has taken over once the active one carries another start time.
    await expect(activeSlide(page)).not.toHaveAttribute('data-started-at', startedText);
  }
  throw new Error(`no slide of item "${itemId}" within ${maxSteps} slides`);
}

/**
 * Reads a QR code from what is on screen: a screenshot of the element, set on a
 * wide white margin (a phone sees the wall around it; jsQR needs a quiet zone).
 */
export async function readQr(locator: Locator): Promise<string | null> {
  const shot = PNG.sync.read(await locator.screenshot({ animations: 'disabled' }));
  const margin = Math.max(32, Math.round(Math.max(shot.width, shot.height) / 4));
  const framed = new PNG({ width: shot.width + 2 * margin, height: shot.height + 2 * margin });
  framed.data.fill(255);
  PNG.bitblt(shot, framed, 0, 0, shot.width, shot.height, margin, margin);
  const code = jsQR(new Uint8ClampedArray(framed.data), framed.width, framed.height, {
    inversionAttempts: 'attemptBoth',
  });
  return code?.data ?? null;
}

/** The feed part of /healthz (contract fields, and the lead's extensions when present). */
export interface FeedHealth {
  lastSuccessAt: string | null;
  items: number;
  stale: boolean;
  lastAttemptAt?: string | null;
  lastError?: string | null;
}

/** GET /healthz: its status code and the feed part of its body. */
export async function feedHealth(host: HostProcess, timeoutMs = 5000): Promise<{ status: number; feed: FeedHealth }> {
  const response = await fetch(`${host.url}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
  const body = (await response.json()) as { feed: FeedHealth };
  return { status: response.status, feed: body.feed };
}

/** Asks the host to fetch its feed now (`kill -HUP`, as a technician at the machine would). */
export function fetchFeedNow(host: HostProcess): void {
  if (!host.child.kill('SIGHUP')) throw new Error('could not send SIGHUP to the host');
}

/** Writes DIR/playlist.json. */
export async function writePlaylist(dataDir: string, items: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  await writeFile(join(dataDir, 'playlist.json'), JSON.stringify({ version: 1, items }, null, 2));
}

/**
 * Installs, before any page script, traps that record script from a feed:
 * writes to `window.__pwned` and any alert/confirm/prompt. Read with {@link canaryLog}.
 */
export async function installCanary(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    Object.defineProperty(window, '__canaryLog', { value: log });
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => undefined,
      set: (value: unknown) => {
        log.push(`window.__pwned = ${String(value)}`);
      },
    });
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      Object.defineProperty(window, name, {
        value: (...args: unknown[]) => {
          log.push(`${name}(${args.map(String).join(', ')})`);
          return null;
        },
      });
    }
  });
  page.on('dialog', (dialog) => {
    void dialog.dismiss();
  });
}

/** What the canary saw, plus anything in the DOM a feed could have used to run script. */
export async function scriptTraces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const traces = [...((window as unknown as { __canaryLog?: string[] }).__canaryLog ?? [])];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? '';
        if (/^on/i.test(attr)) traces.push(`<${el.localName} ${attr}="${value.slice(0, 60)}">`);
        if (/^\s*javascript:/i.test(value)) traces.push(`<${el.localName} ${attr}="${value.slice(0, 60)}">`);
      }
    }
    // The player's own scripts come from its origin's /assets/; anything else was put there by content.
    for (const script of document.querySelectorAll('script')) {
      const src = script.getAttribute('src');
      if (!src || !new URL(src, location.href).pathname.startsWith('/assets/')) {
        traces.push(`<script${src ? ` src="${src}"` : ''}>${(script.textContent ?? '').slice(0, 60)}`);
      }
    }
    for (const frame of document.querySelectorAll('iframe, object, embed')) traces.push(`<${frame.localName}>`);
    return traces;
  });
}

/** One article of a fixture feed. */
export interface FixtureArticle {
  title: string;
  link: string;
  /** RFC 822, as the union's site writes it: `Wed, 21 Dec 2022 15:06:00 +0700`. */
  pubDate: string;
  description: string;
  category?: string;
  creator?: string;
}

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An RSS 2.0 document in the shape of the union's site, with these articles. */
export function unionRss(articles: readonly FixtureArticle[]): string {
  const items = articles
    .map(
      (a) =>
        `    <item>\n` +
        `      <title>${escapeXml(a.title)}</title>\n` +
        `      <link>${escapeXml(a.link)}</link>\n` +
        `      <guid isPermaLink="true">${escapeXml(a.link)}</guid>\n` +
        `      <pubDate>${a.pubDate}</pubDate>\n` +
        (a.creator ? `      <dc:creator>${escapeXml(a.creator)}</dc:creator>\n` : '') +
        (a.category ? `      <category>${escapeXml(a.category)}</category>\n` : '') +
        `      <description>${escapeXml(a.description)}</description>\n` +
        `    </item>\n`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n` +
    `  <channel>\n` +
    `    <title>Liên đoàn Lao động tỉnh Bắc Kạn</title>\n` +
    `    <link>https://congdoanbackan.org.vn/</link>\n` +
    `    <description>Tin tức của Liên đoàn Lao động tỉnh Bắc Kạn</description>\n` +
    `    <language>vi</language>\n` +
    items +
    `  </channel>\n` +
    `</rss>\n`
  ).normalize('NFC');
}

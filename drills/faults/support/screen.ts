/**
 * The player page in Debian Chromium (Playwright), watched the way a viewer
 * would: which slide is on screen and when a new one came. Chromium is found
 * as the tests find it (tests/support/find-chromium.ts).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../../tests/support/find-chromium';
import { sleep } from './host';

/** A page showing the player, and its browser. */
export interface Screen {
  browser: Browser;
  page: Page;
  /** The active slide's identity (item id and start), or null when none is in the DOM. */
  current(): Promise<string | null>;
  /** Seconds until the active slide differs from the one showing when called; null if none came in `timeoutMs`. */
  secondsUntilNewSlide(timeoutMs: number): Promise<number | null>;
  close(): Promise<void>;
}

/** Opens the player of `url` in a fresh Chromium; `beforeGoto` may install a clock. */
export async function openScreen(url: string, beforeGoto?: (page: Page) => Promise<void>): Promise<Screen> {
  const found = findChromium();
  if (found.path === null) throw new Error(found.reason);
  const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
  if (beforeGoto) await beforeGoto(page);
  await page.goto(url);
  await page.locator('[data-testid="slide"][data-active="true"]').first().waitFor({ timeout: 30_000 });
  const current = async (): Promise<string | null> =>
    page.evaluate(() => {
      const slide = document.querySelector('[data-testid="slide"][data-active="true"]');
      if (!slide) return null;
      return `${slide.getAttribute('data-item-id') ?? '?'}@${slide.getAttribute('data-started-at') ?? '?'}`;
    });
  return {
    browser,
    page,
    current,
    async secondsUntilNewSlide(timeoutMs) {
      const started = Date.now();
      const before = await current().catch(() => null);
      while (Date.now() - started < timeoutMs) {
        await sleep(200);
        const now = await current().catch(() => null);
        if (now !== null && now !== before) return Math.round((Date.now() - started) / 100) / 10;
      }
      return null;
    },
    close: () => browser.close(),
  };
}

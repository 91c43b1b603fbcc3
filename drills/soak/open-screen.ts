/**
 * Opening the player page as a kiosk would: a fresh renderer (its own browser
 * context) whose clock starts at the simulated wall time. A kiosk that
 * recovers a dead renderer gets a new page and a new `performance.now()`
 * from zero, with the wall clock where it was; so does the soak.
 *
 * Not a new page in the old context: Playwright keeps a context's clock as a
 * log of every `install` and `runFor`, each added as one more init script,
 * and a page opened later replays that log (hours of `runFor` calls) before
 * its own first script runs.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { PAGE_CLOCK_ANIMATIONS } from './page-animations';
import { watchScreen, type ScreenWatch } from './screen-probe';

/** A player page and the context (renderer, clock) it lives in. */
export interface Screen {
  context: BrowserContext;
  page: Page;
  navigations: PageNavigations;
}

/** The page's own navigations after it opened: its reloads (the daily maintenance). */
export interface PageNavigations {
  /** The drill's (real) clock as each new document replaced the old one on screen. */
  committedRealMs: number[];
}

export interface OpenScreenOptions {
  browser: Browser;
  url: string;
  /** The page clock's wall time to start at. */
  atMs: number;
  /** Where every slide the page shows, and every reload of it, is reported. */
  watch: ScreenWatch;
  log(line: string): void;
}

/** Opens the player at `url`; resolves once it is navigated (not yet playing). */
export async function openScreen(options: OpenScreenOptions): Promise<Screen> {
  const context = await options.browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.clock.install({ time: options.atMs });
  await context.addInitScript(PAGE_CLOCK_ANIMATIONS);
  await watchScreen(context, options.watch);
  logPageTrouble(context, options.log);
  const page = await context.newPage();
  await page.goto(options.url);
  return { context, page, navigations: watchNavigations(page) };
}

/** Counts the page's navigations from now on (the opening one is done). */
function watchNavigations(page: Page): PageNavigations {
  const navigations: PageNavigations = { committedRealMs: [] };
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.committedRealMs.push(Date.now());
  });
  return navigations;
}

/**
 * What the page says about itself (errors, warnings, uncaught throws): the
 * first thing to read when a page stays blank. A message repeated (a stream
 * retried while the host is down) is logged the first time and then at
 * every tenfold count.
 */
function logPageTrouble(context: BrowserContext, log: (line: string) => void): void {
  const counts = new Map<string, number>();
  const note = (line: string) => {
    const count = (counts.get(line) ?? 0) + 1;
    counts.set(line, count);
    if (Number.isInteger(Math.log10(count))) log(count === 1 ? line : `${line} (${count}×)`);
  };
  context.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    // "Failed to load resource" says which resource only in its location.
    const where = message.location().url;
    note(
      `page ${message.type()}: ${message.text().slice(0, 300)}${where ? ` (${where.replace(/^https?:\/\/[^/]+/, '')})` : ''}`,
    );
  });
  context.on('weberror', (error) => note(`page threw: ${error.error().message.slice(0, 300)}`));
}

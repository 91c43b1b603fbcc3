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
import { watchSlides, type SlideSeen } from './screen-probe';

/** A player page and the context (renderer, clock) it lives in. */
export interface Screen {
  context: BrowserContext;
  page: Page;
}

export interface OpenScreenOptions {
  browser: Browser;
  url: string;
  /** The page clock's wall time to start at. */
  atMs: number;
  /** Where every slide the page shows is reported. */
  seen: SlideSeen[];
  log(line: string): void;
}

/** Opens the player at `url`; resolves once it is navigated (not yet playing). */
export async function openScreen(options: OpenScreenOptions): Promise<Screen> {
  const context = await options.browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.clock.install({ time: options.atMs });
  await context.addInitScript(PAGE_CLOCK_ANIMATIONS);
  await watchSlides(context, options.seen);
  logPageTrouble(context, options.log);
  const page = await context.newPage();
  await page.goto(options.url);
  return { context, page };
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
    if (message.type() === 'error' || message.type() === 'warning')
      note(`page ${message.type()}: ${message.text().slice(0, 300)}`);
  });
  context.on('weberror', (error) => note(`page threw: ${error.error().message.slice(0, 300)}`));
}

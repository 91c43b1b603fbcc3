/**
 * Watching the player page under the fake clock: every slide that reaches the
 * screen (a `data-testid="slide"` turning active with a new item id or start)
 * is reported to the drill at once with the page clock's time, through a
 * binding on the browser context, so pages that reload or replace a crashed
 * one keep reporting into the same list.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** A slide that reached the screen. */
export interface SlideSeen {
  /** Page clock when it was seen. */
  atMs: number;
  itemId: string;
  /** The news title, for a news slide. */
  title: string | null;
}

const BINDING = '__panoSoakSlideSeen';

/** Starts collecting; call after `clock.install` so the probe reads the page clock. */
export async function watchSlides(context: BrowserContext): Promise<SlideSeen[]> {
  const seen: SlideSeen[] = [];
  await context.exposeBinding(BINDING, (_source, slide: SlideSeen) => void seen.push(slide));
  // A string, not a function: tsx's compiled functions can call helpers (__name) the page does not have.
  await context.addInitScript(`(() => {
    const known = new Set();
    const check = () => {
      for (const slide of document.querySelectorAll('[data-testid="slide"][data-active="true"]')) {
        const itemId = slide.getAttribute('data-item-id') ?? '';
        const key = itemId + '@' + (slide.getAttribute('data-started-at') ?? '');
        if (known.has(key)) continue;
        known.add(key);
        const title = slide.querySelector('[data-testid="news-title"]')?.textContent ?? null;
        window.${BINDING}({ atMs: Date.now(), itemId, title });
      }
    };
    // Started once the document exists: the clock's own start-up scripts have all run by then.
    document.addEventListener('DOMContentLoaded', () =>
      new MutationObserver(check).observe(document.body, {
        subtree: true, childList: true, attributes: true, attributeFilter: ['data-active', 'data-started-at'],
      }),
    );
  })();`);
  return seen;
}

/** The page's clock now. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => Date.now());

/** JS heap after a full garbage collection, and the DOM's node count. */
export interface PageMemory {
  heapMb: number;
  domNodes: number;
}

export async function measureMemory(page: Page): Promise<PageMemory> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const counters = (await cdp.send('Memory.getDOMCounters')) as { nodes: number };
    return { heapMb: heap.usedSize / 2 ** 20, domNodes: counters.nodes };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Kills the page's renderer as a crash would (CDP Page.crash); resolves once Playwright saw it die. */
export async function crashRenderer(page: Page): Promise<void> {
  const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
  const cdp = await page.context().newCDPSession(page);
  // Page.crash never answers: the renderer is gone before it could.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

/**
 * Watching the player page under the fake clock: every slide that reaches the
 * screen (a `data-testid="slide"` turning active with a new item id or start)
 * is reported to the drill at once with the page clock's time, through a
 * binding on the browser context, so pages that reload or replace a crashed
 * one keep reporting into the same list. A page that reloads itself (the
 * daily maintenance) reports too: the page clock when the old document left
 * (kept in sessionStorage, which a reload keeps) and when the new one began.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { takeHeapSnapshot } from '../../tests/support/heap-snapshot';
import { domNodesInSnapshot, type SnapshotDomNodes } from './heap-dom-nodes';

/** A slide that reached the screen. */
export interface SlideSeen {
  /** Page clock when it was seen. */
  atMs: number;
  /** The drill's (real) clock when the report arrived. */
  realMs: number;
  itemId: string;
  /** The news title, for a news slide. */
  title: string | null;
}

/** A page that reloaded itself: when the old document left and the new one began. */
export interface PageReloaded {
  /** Page clock as the old document left (its pagehide). */
  leftAtMs: number;
  /** Page clock as the new document began (its DOMContentLoaded), Playwright's clock log replayed. */
  backAtMs: number;
  /** The drill's (real) clock when the new document's report arrived. */
  realMs: number;
}

/** Where the probe reports. */
export interface ScreenWatch {
  seen: SlideSeen[];
  reloads: PageReloaded[];
}

const SLIDE_BINDING = '__panoSoakSlideSeen';
const RELOAD_BINDING = '__panoSoakPageReloaded';
const LEFT_KEY = 'panoSoakLeftAtMs';
const DOCUMENT_GLOBAL = '__panoSoakDocument';

/** One document of the page, as the probe marks it. */
export interface PageDocument {
  id: string;
  /** It is unloading: a reload is under way. */
  leaving: boolean;
}

/**
 * The document the page holds now; null while there is none to ask (the old
 * one was torn down and the new one not yet made).
 */
export async function documentNow(page: Page): Promise<PageDocument | null> {
  try {
    return (await page.evaluate(`window.${DOCUMENT_GLOBAL} ?? null`)) as PageDocument | null;
  } catch {
    return null; // "Execution context was destroyed": the document changed under the question
  }
}

/** Collects into `watch`; call after `clock.install` so the probe reads the page clock. */
export async function watchScreen(context: BrowserContext, watch: ScreenWatch): Promise<void> {
  await context.exposeBinding(SLIDE_BINDING, (_source, slide: Omit<SlideSeen, 'realMs'>) => {
    watch.seen.push({ ...slide, realMs: Date.now() });
  });
  await context.exposeBinding(RELOAD_BINDING, (_source, reload: Omit<PageReloaded, 'realMs'>) => {
    watch.reloads.push({ ...reload, realMs: Date.now() });
  });
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
        window.${SLIDE_BINDING}({ atMs: Date.now(), itemId, title });
      }
    };
    // Which document this is, and whether it is leaving: the page's reload dispatches beforeunload at once, inside
    // the very timer that reloads it, so the drill sees a reload under way even before the new document exists.
    window.${DOCUMENT_GLOBAL} = { id: Math.random().toString(36).slice(2), leaving: false };
    addEventListener('beforeunload', () => { window.${DOCUMENT_GLOBAL}.leaving = true; });
    addEventListener('pagehide', () => sessionStorage.setItem('${LEFT_KEY}', String(Date.now())));
    // Started once the document exists: the clock's own start-up scripts have all run by then.
    document.addEventListener('DOMContentLoaded', () => {
      const left = sessionStorage.getItem('${LEFT_KEY}');
      if (left !== null) {
        sessionStorage.removeItem('${LEFT_KEY}');
        window.${RELOAD_BINDING}({ leftAtMs: Number(left), backAtMs: Date.now() });
      }
      new MutationObserver(check).observe(document.body, {
        subtree: true, childList: true, attributes: true, attributeFilter: ['data-active', 'data-started-at'],
      });
    });
  })();`);
}

/** The page's clock now. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => Date.now());

/** JS heap after a full garbage collection, and the DOM's node count. */
export interface PageMemory {
  heapMb: number;
  /** Every node the renderer holds (`Memory.getDOMCounters`), in the document or not. */
  domNodes: number;
  /** The nodes in the document (elements, text, comments, the document itself). */
  attachedNodes: number;
  /** Of those, the nodes of what the screen shows now: the active slide, banners and slogan layer. */
  shownNodes: number;
  /** From a heap snapshot, when asked for: the DOM nodes really kept (see heap-dom-nodes.ts). */
  snapshot?: SnapshotDomNodes;
}

async function snapshotDomNodes(cdp: CDPSession): Promise<SnapshotDomNodes> {
  return domNodesInSnapshot(await takeHeapSnapshot(cdp));
}

export async function measureMemory(page: Page, options: { snapshot?: boolean } = {}): Promise<PageMemory> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const snapshot = options.snapshot ? await snapshotDomNodes(cdp) : undefined;
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const counters = (await cdp.send('Memory.getDOMCounters')) as { nodes: number };
    // A string, not a function: tsx's compiled functions can call helpers (__name) the page does not have.
    const { attached, shown } = (await page.evaluate(`(() => {
      const count = (root) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
        let n = 1;
        while (walker.nextNode()) n += 1;
        return n;
      };
      let shown = 0;
      for (const layer of document.querySelectorAll('[data-active="true"]')) shown += count(layer);
      return { attached: count(document), shown };
    })()`)) as { attached: number; shown: number };
    return {
      heapMb: heap.usedSize / 2 ** 20,
      domNodes: counters.nodes,
      attachedNodes: attached,
      shownNodes: shown,
      ...(snapshot ? { snapshot } : {}),
    };
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

/**
 * Scenario 6: reading a 5 MB RSS document and a 2 MB HTML listing. Pano's
 * parseFeed runs in Node (where the host runs it); the baseline parses in its
 * page with DOMParser (where such players do it), so the memory figures come
 * from different places: Pano's is the child process's peak resident growth,
 * the baseline's is not measured (a page has no peak-memory reading that covers DOMParser's native memory;
 * the JSON keeps its JS-heap delta for what it is worth).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openBrowser } from '../support/browser';
import { htmlListing, LISTING_SELECTORS, rssOfSize } from '../support/content';
import type { Figure } from '../support/figures';
import { startBenchServer } from '../support/static-server';
import { SCENARIO } from '../support/targets';
import { finite, type ScenarioContext, type ScenarioResult } from './context';

const CHILD = join(import.meta.dirname, 'feed-parse-child.ts');

interface Parse {
  ms: number;
  items: number;
  peakGrowthMb: number;
}

async function panoParse(file: string, format: 'auto' | 'html'): Promise<Parse> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', CHILD, file, format], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Parse;
}

export async function feedThroughput(context: ScenarioContext): Promise<ScenarioResult> {
  const dir = await mkdtemp(join(tmpdir(), 'pano-bench-feed-'));
  const rss = rssOfSize(5 * 2 ** 20);
  const html = htmlListing(2 * 2 ** 20);
  await writeFile(join(dir, 'feed.xml'), rss.text);
  await writeFile(join(dir, 'listing.html'), html.text);
  const server = await startBenchServer(dir);
  const bench = await openBrowser({ width: 1920, height: 1080 });
  try {
    const pano = {
      rss: await panoParse(join(dir, 'feed.xml'), 'auto'),
      html: await panoParse(join(dir, 'listing.html'), 'html'),
    };
    await bench.page.goto(server.baselineUrl);
    const baselineParse = (text: string, kind: 'rss' | 'listing') =>
      bench.page.evaluate(
        ({ text, kind, selectors }) => {
          const memory = (performance as unknown as { memory: { usedJSHeapSize: number } }).memory;
          const parse = (window as unknown as { baselineParse: Record<string, (t: string, s?: unknown) => unknown[]> })
            .baselineParse;
          const heapBefore = memory.usedJSHeapSize;
          const started = performance.now();
          const items = kind === 'rss' ? parse.rss!(text) : parse.listing!(text, selectors);
          const ms = performance.now() - started;
          return { ms, items: items.length, peakGrowthMb: Math.max(0, memory.usedJSHeapSize - heapBefore) / 2 ** 20 };
        },
        { text, kind, selectors: LISTING_SELECTORS },
      );
    const baseline = { rss: await baselineParse(rss.text, 'rss'), html: await baselineParse(html.text, 'listing') };
    context.log(
      `feed: pano ${pano.rss.items} items in ${pano.rss.ms.toFixed(0)} ms, baseline ${baseline.rss.ms.toFixed(0)} ms`,
    );
    const rows = (label: string, generated: number, p: Parse, b: Parse): Figure[] => [
      {
        scenario: SCENARIO.feed,
        size: '—',
        metric: `${label} articles kept`,
        unit: 'articles',
        better: 'higher',
        pano: p.items,
        baseline: b.items,
      },
      {
        scenario: SCENARIO.feed,
        size: '—',
        metric: `${label} read`,
        unit: 'items in the document/s',
        better: 'higher',
        pano: finite((generated / p.ms) * 1000),
        baseline: finite((generated / b.ms) * 1000),
      },
      {
        scenario: SCENARIO.feed,
        size: '—',
        metric: `${label} peak memory growth`,
        unit: 'MB',
        better: 'lower',
        pano: p.peakGrowthMb,
        baseline: null,
      },
    ];
    return {
      figures: [
        ...rows('5 MB RSS', rss.items, pano.rss, baseline.rss),
        ...rows('2 MB HTML listing', html.items, pano.html, baseline.html),
      ],
      details: { rssItemsGenerated: rss.items, htmlItemsGenerated: html.items, pano, baseline },
    };
  } finally {
    await bench.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

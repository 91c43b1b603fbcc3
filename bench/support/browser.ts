/**
 * Debian Chromium under Playwright, one page at a given size, and a trace
 * recorded through the browser-level DevTools session (it sees the GPU
 * process, where viz reports the frames it displayed).
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../../tests/support/find-chromium';
import { TRACE_CATEGORIES, type TraceEvent } from '../trace/index';

/** A screen size the benchmark runs at. */
export interface ScreenSize {
  width: number;
  height: number;
}

export const sizeLabel = (size: ScreenSize): string => `${size.width}×${size.height}`;

/** The Chromium the benchmark drives: PANO_CHROMIUM, else Debian's. */
export const CHROMIUM_PATH = process.env.PANO_CHROMIUM ?? '/usr/bin/chromium';

/** A browser with one page, at one size. */
export interface BenchBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Launches Chromium and opens one page at `size` (device scale factor 1). */
export async function openBrowser(size: ScreenSize, extraArgs: string[] = []): Promise<BenchBrowser> {
  // PANO_BENCH_GPU=1 (a kiosk with a GPU): keep the GPU on and show the window on the kiosk's display.
  const gpu = process.env.PANO_BENCH_GPU === '1';
  const base = gpu ? CHROMIUM_ARGS.filter((arg) => arg !== '--disable-gpu') : CHROMIUM_ARGS;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: !gpu,
    // Extra flags (e.g. --use-gl=egl on a kiosk) come from PANO_BENCH_CHROMIUM_ARGS, space-separated.
    args: [...base, '--enable-precise-memory-info', ...extraArgs, ...envArgs()],
  });
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
  const page = await context.newPage();
  return {
    browser,
    context,
    page,
    async close() {
      await browser.close();
    },
  };
}

function envArgs(): string[] {
  return (process.env.PANO_BENCH_CHROMIUM_ARGS ?? '').split(/\s+/).filter(Boolean);
}

/** Records a trace of everything Chromium does while `run` runs. */
export async function traceWhile(browser: Browser, run: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...TRACE_CATEGORIES], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}

/** Marks a moment in the page's own timeline (blink.user_timing), where the trace analysis finds it. */
export async function mark(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => performance.mark(n), name);
}

/**
 * Resident memory (MB) of the page's renderer: the largest `--type=renderer`
 * process under this browser (a spare renderer kept for the next navigation is
 * a few MB). Linux only; null elsewhere.
 */
export async function rendererRssMb(browser: Browser): Promise<number | null> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ type: string; id: number }> };
    const browserPid = info.processInfo.find((p) => p.type === 'browser')?.id;
    if (browserPid === undefined) return null;
    let largest: number | null = null;
    for (const pid of descendants(browserPid)) {
      const cmdline = readProc(pid, 'cmdline');
      if (!cmdline?.includes('--type=renderer')) continue;
      const rssKb = /VmRSS:\s+(\d+)\s+kB/.exec(readProc(pid, 'status') ?? '')?.[1];
      if (rssKb !== undefined) largest = Math.max(largest ?? 0, Number(rssKb) / 1024);
    }
    return largest;
  } finally {
    await cdp.detach();
  }
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null; // gone meanwhile, or not Linux
  }
}

function descendants(root: number): number[] {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((n) => /^\d+$/.test(n))
      .map(Number);
  } catch {
    return [];
  }
  const parentOf = new Map<number, number>();
  for (const pid of pids) {
    // The parent pid is the 4th field of /proc/PID/stat, after the parenthesised command name.
    const stat = readProc(pid, 'stat');
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
    if (Number.isFinite(ppid)) parentOf.set(pid, ppid);
  }
  const isUnder = (pid: number): boolean => {
    for (let p = parentOf.get(pid), hops = 0; p !== undefined && hops < 10; p = parentOf.get(p), hops += 1) {
      if (p === root) return true;
    }
    return false;
  };
  return pids.filter(isUnder);
}

/**
 * Records the trace fixtures the unit tests read (tests/fixtures/traces/*.json.gz) from this machine's
 * Chromium, and cross-checks the trace's frame count against Page.startScreencast while it records.
 *
 *   npx tsx bench/trace/record-fixture.ts            # re-record both fixtures
 *   npx tsx bench/trace/record-fixture.ts --check    # record, print the figures and screencast counts, write nothing
 *   npx tsx bench/trace/record-fixture.ts --out=/tmp # write the fixtures to another folder
 *
 * Each page marks its measured window with performance.mark('fixture-start' / 'fixture-end'), so the tests
 * find the window (and the page's renderer) in the trace itself. Only the events the analysis reads are
 * kept, with their arguments trimmed, so a fixture stays a few tens of kilobytes.
 */
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS } from '../../tests/support/find-chromium';
import { EVENT, THREAD, TRACE_CATEGORIES } from './categories';
import { frameStats, presentedFrameTimes } from './frames';
import { layoutsPerSecond, mainThreadBusy } from './main-thread';
import { parseTrace, windowFromMarks, type TraceEvent } from './events';

const FIXTURE_DIR = fileURLToPath(new URL('../../tests/fixtures/traces/', import.meta.url));
/** `--out=DIR` writes the fixtures elsewhere (to look at a recording before replacing the committed one). */
const outDir = (): string => {
  const arg = process.argv.find((a) => a.startsWith('--out='));
  return arg ? `${arg.slice('--out='.length).replace(/\/?$/, '/')}` : FIXTURE_DIR;
};
export const MARKS = { start: 'fixture-start', end: 'fixture-end' } as const;

const STYLE = `body{margin:0;background:#102030}
@keyframes slide{from{transform:translateX(0)}to{transform:translateX(1600px)}}
.box{width:240px;height:240px;background:#f5c400}
.css{animation:slide 2s linear infinite alternate}
.bar{height:20px;background:#4a8;width:100px}`;

/**
 * The fixture pages. Each page marks its own window (performance.mark), so the window's edges fall at
 * known points of its pattern rather than wherever the recorder's round trips land.
 */
export const FIXTURE_PAGES = {
  /** Only a compositor (CSS transform keyframe) animation: ~60 presented frames/s, an idle main thread. */
  'transform-animation': {
    box: 'box css',
    script: `setTimeout(() => mark('${MARKS.start}'), 300);
setTimeout(() => mark('${MARKS.end}'), 2300);`,
  },
  /**
   * A main-thread animation (requestAnimationFrame moving a transform) while the main thread runs a 150 ms
   * busy loop every 500 ms, each loop forcing one layout (resize a bar, read its width). The window runs
   * from the end of the 2nd loop to the end of the 8th: exactly 6 loops (≥ 900 ms busy in 3 s, so
   * ≥ 300 ms/s), 6 layouts (2/s), and no new frame while a loop runs (gaps ≥ 150 ms).
   */
  'busy-loop': {
    box: 'box',
    script: `const box = document.querySelector('.box'); const bar = document.querySelector('.bar');
const step = (now) => { box.style.transform = 'translateX(' + ((now / 2) % 1600) + 'px)'; requestAnimationFrame(step); };
requestAnimationFrame(step);
let loops = 0;
setInterval(() => { const end = performance.now() + 150; while (performance.now() < end) {}
  bar.style.width = (loops % 2 ? 100 : 300) + 'px'; void bar.offsetWidth; loops += 1;
  if (loops === 2) mark('${MARKS.start}');
  if (loops === 8) mark('${MARKS.end}'); }, 500);`,
  },
} as const;
export type FixtureName = keyof typeof FIXTURE_PAGES;

function pageHtml(box: string, script: string): string {
  const mark = `const mark = (name) => { performance.mark(name); console.log(name); };`;
  return `<!doctype html><style>${STYLE}</style><div class="${box}"></div><div class="bar"></div><script>${mark}${script}</script>`;
}

/** Collects a whole trace through the browser-level CDP session (sees the GPU process, where viz runs). */
async function traceWhile(browser: Browser, run: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...parseTrace(data.value)));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...TRACE_CATEGORIES], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

/** Starts a screencast; the returned function tells how many frames have arrived so far. */
async function countScreencastFrames(cdp: CDPSession): Promise<() => number> {
  let frames = 0;
  cdp.on('Page.screencastFrame', (frame) => {
    frames += 1;
    void cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => undefined);
  });
  await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 20, maxWidth: 480, maxHeight: 270 });
  return () => frames;
}

/** Keeps what the analysis reads: metadata names, frames, renderer-main tasks and layouts, user-timing marks. */
export function trimForFixture(events: TraceEvent[]): TraceEvent[] {
  const rendererMains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === THREAD.rendererMain)
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const kept: TraceEvent[] = [];
  for (const e of events) {
    const base = { name: e.name, cat: e.cat, ph: e.ph, ts: e.ts, pid: e.pid, tid: e.tid };
    const timed = e.dur === undefined ? base : { ...base, dur: e.dur };
    if (e.ph === 'M' && (e.name === 'process_name' || e.name === 'thread_name')) {
      kept.push({ ...base, args: { name: e.args?.name } });
    } else if (e.name === EVENT.frameDisplayed || e.cat.includes('blink.user_timing')) {
      kept.push(timed);
    } else if (e.name === EVENT.submitStage) {
      const id2 = (e as { id2?: unknown }).id2;
      kept.push({ ...timed, ...(id2 ? { id2 } : {}) });
    } else if (e.name === EVENT.pipelineReporter) {
      const reporter = e.args?.frame_reporter as { state?: unknown } | undefined;
      const id2 = (e as { id2?: unknown }).id2;
      kept.push({
        ...timed,
        ...(id2 ? { id2 } : {}),
        args: reporter ? { frame_reporter: { state: reporter.state } } : {},
      });
    } else if ((EVENT.tasks.includes(e.name) || e.name === EVENT.layout) && rendererMains.has(`${e.pid}:${e.tid}`)) {
      kept.push(timed);
    }
  }
  return kept;
}

async function recordFixture(browser: Browser, name: FixtureName, check: boolean): Promise<void> {
  const { box, script } = FIXTURE_PAGES[name];
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const pageCdp = check ? await context.newCDPSession(page) : undefined;
  let screencastFrames = Number.NaN;
  const events = await traceWhile(browser, async () => {
    const screencastSoFar = pageCdp ? await countScreencastFrames(pageCdp) : () => Number.NaN;
    // The page logs each mark; waiting for the log line keeps the recorder from polling the page's main thread.
    const logged = (mark: string) =>
      page.waitForEvent('console', { predicate: (m) => m.text() === mark, timeout: 10_000 });
    const started = logged(MARKS.start);
    const ended = logged(MARKS.end);
    await page.setContent(pageHtml(box, script));
    await started;
    const before = screencastSoFar();
    await ended;
    screencastFrames = screencastSoFar() - before;
    if (pageCdp) await pageCdp.send('Page.stopScreencast');
    await page.waitForTimeout(200);
  });
  await context.close();

  const trimmed = trimForFixture(events);
  const window = windowFromMarks(trimmed, MARKS.start, MARKS.end);
  const stats = frameStats(presentedFrameTimes(trimmed), window);
  const busy = mainThreadBusy(trimmed, window);
  const seconds = (window.endUs - window.startUs) / 1e6;
  console.log(
    `${name}: ${events.length} events → ${trimmed.length} kept; window ${seconds.toFixed(3)} s;`,
    `trace ${stats.frames} frames (${stats.fps.toFixed(1)} fps, p50 ${stats.intervalsMs.p50.toFixed(1)} ms,`,
    `p99 ${stats.intervalsMs.p99.toFixed(1)} ms, longest gap ${stats.longestGapMs.toFixed(1)} ms, dropped ${stats.dropped});`,
    `busy ${busy.busyMsPerS.toFixed(0)} ms/s; layouts ${layoutsPerSecond(trimmed, window).toFixed(2)}/s`,
    check
      ? `; screencast ${screencastFrames} frames (${(screencastFrames / seconds).toFixed(1)}/s, counted between the marks as the recorder saw them)`
      : '',
  );
  if (!check) {
    const file = `${outDir()}${name}.json.gz`;
    const gz = gzipSync(JSON.stringify({ traceEvents: trimmed }), { level: 9 });
    writeFileSync(file, gz);
    console.log(`  wrote ${file} (${(gz.length / 1024).toFixed(1)} KB)`);
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  // The same Chromium and flags as the e2e tests and the benchmark (software compositing, --disable-gpu).
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    for (const name of Object.keys(FIXTURE_PAGES) as FixtureName[]) await recordFixture(browser, name, check);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

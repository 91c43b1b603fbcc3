/**
 * What the host knows about the pages showing its state: which are alive
 * (heartbeats), which fell silent (page-watchdog.ts decides when), what each
 * one shows and since when (proof of play), and how often screens had to be
 * recovered. Every page keeps its own clock: a play record's start and end
 * are both read from the page's clock (its `atMs`, moved on by how long the
 * host saw it last), so a kiosk whose clock is off still logs true durations.
 */
import type { ScreenReport, SlideKind } from '../../core/bridge';
import { DEFAULT_PAGE_WATCHDOG_CONFIG, isPageSilent, type PageWatchdogConfig } from '../../core/kiosk/page-watchdog';
import { PLAY_RECORD_LIMITS, type PlayRecord } from '../../core/proof-of-play';
import { cleanText } from '../../core/text';
import type { Logger } from '../logger';
import type { ScreenSilence } from './host-api';

/** Where finished showings go (services/proof-of-play's log, or a fake in tests). */
export interface PlaySink {
  append(record: PlayRecord): Promise<void>;
}

export interface ScreenMonitorOptions {
  logger: Logger;
  /** null: proof of play could not be opened (the host logged why); pages are still watched. */
  plays: PlaySink | null;
  /** Monotonic milliseconds (performance.now): silence must not be faked by a wall-clock step. */
  monotonicNow?: () => number;
  config?: PageWatchdogConfig;
  /** Silent pages are forgotten after this long, so months of reloads keep memory flat. */
  forgetAfterMs?: number;
}

/** What /metrics shows about screens. */
export interface ScreenCounts {
  slideChanges: number;
  recoveries: Record<string, number>;
  pagesReporting: number;
  pagesSilent: number;
}

export interface ScreenMonitor {
  /** Takes a valid report from `screen` (the kiosk window's name, or a browser's address). */
  take(report: ScreenReport, screen: string): void;
  onSilent(listener: (silence: ScreenSilence) => void): () => void;
  recordRecovery(reason: string): void;
  counts(): ScreenCounts;
  /** Looks for pages that fell silent now (the host calls it on a timer; tests call it directly). */
  check(): void;
  /** Ends every showing in progress (host shutdown) and waits until they are written. */
  close(): Promise<void>;
}

interface Showing {
  itemId: string;
  slideId: string;
  kind: SlideKind;
  /** Page clock. */
  startedAtMs: number;
  /** Host monotonic clock when the report arrived. */
  seenAtMono: number;
}

interface Page {
  screen: string;
  pageId: string;
  lastHeardMono: number;
  silent: boolean;
  showing: Showing | null;
}

const FORGET_AFTER_MS = 10 * 60_000;
/** Reasons are counted as metric labels: bounded so a buggy caller cannot grow the registry. */
const MAX_RECOVERY_REASONS = 32;

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

/** Watches the pages that report to this host. */
export function createScreenMonitor(options: ScreenMonitorOptions): ScreenMonitor {
  const { logger } = options;
  const mono = options.monotonicNow ?? (() => performance.now());
  const config = options.config ?? DEFAULT_PAGE_WATCHDOG_CONFIG;
  const forgetAfterMs = options.forgetAfterMs ?? FORGET_AFTER_MS;
  const pages = new Map<string, Page>();
  const silentListeners = new Set<(silence: ScreenSilence) => void>();
  const recoveries = new Map<string, number>();
  let slideChanges = 0;
  let writes: Promise<void> = Promise.resolve();
  let writeFailureLogged = false;

  const keyOf = (screen: string, pageId: string) => `${screen}\u0000${pageId}`;

  /** Writes the end of `page`'s showing, at `endMono` on the host's clock, moved to the page's clock. */
  function finish(page: Page, endMono: number): void {
    const showing = page.showing;
    page.showing = null;
    if (!showing || !options.plays) return;
    const durationMs = Math.max(0, Math.round(endMono - showing.seenAtMono));
    const record: PlayRecord = {
      itemId: clip(showing.itemId, PLAY_RECORD_LIMITS.itemId),
      slideId: clip(showing.slideId, PLAY_RECORD_LIMITS.slideId),
      kind: showing.kind,
      startedAt: new Date(showing.startedAtMs).toISOString(),
      endedAt: new Date(showing.startedAtMs + durationMs).toISOString(),
      durationMs,
      screen: clip(page.screen, PLAY_RECORD_LIMITS.screen),
    };
    const plays = options.plays;
    writes = writes.then(() =>
      plays.append(record).then(
        () => {
          writeFailureLogged = false;
        },
        (error: unknown) => {
          // Once per run of failures: a full disk must not write a log line per slide.
          if (writeFailureLogged) return;
          writeFailureLogged = true;
          logger.error('proof-of-play-failed', `proof of play could not be written: ${(error as Error).message}`);
        },
      ),
    );
  }

  /** The page behind a report, heard now. */
  function pageFor(screen: string, pageId: string, now: number): Page {
    const key = keyOf(screen, pageId);
    let page = pages.get(key);
    if (!page) {
      page = { screen, pageId, lastHeardMono: now, silent: false, showing: null };
      pages.set(key, page);
    }
    if (page.silent) {
      page.silent = false;
      logger.info('screen-reporting', `screen ${cleanText(screen)}: the page is reporting again`);
    }
    page.lastHeardMono = now;
    return page;
  }

  /** True when a later page of the same screen is alive: this one was reloaded or replaced, not stuck. */
  function replaced(page: Page): boolean {
    for (const other of pages.values())
      if (other !== page && other.screen === page.screen && !other.silent && other.lastHeardMono > page.lastHeardMono)
        return true;
    return false;
  }

  function recordRecovery(reason: string): void {
    const label = recoveries.has(reason) || recoveries.size < MAX_RECOVERY_REASONS ? reason : 'other';
    recoveries.set(label, (recoveries.get(label) ?? 0) + 1);
  }

  function check(): void {
    const now = mono();
    for (const [key, page] of pages) {
      if (page.silent) {
        if (now - page.lastHeardMono >= forgetAfterMs) pages.delete(key);
        continue;
      }
      if (!isPageSilent(page.lastHeardMono, now, config)) continue;
      finish(page, page.lastHeardMono);
      if (replaced(page)) {
        pages.delete(key);
        continue;
      }
      page.silent = true;
      const silentForMs = Math.round(now - page.lastHeardMono);
      logger.warn(
        'screen-silent',
        `screen ${cleanText(page.screen)}: the page has not reported for ${Math.round(silentForMs / 1000)} s (closed, or stuck)`,
      );
      for (const listener of silentListeners) listener({ screen: page.screen, pageId: page.pageId, silentForMs });
    }
  }

  return {
    take(report, screen) {
      if (report.type !== 'heartbeat' && report.type !== 'slide-shown' && report.type !== 'reloading') return;
      const now = mono();
      const page = pageFor(screen, report.pageId, now);
      if (report.type === 'slide-shown') {
        finish(page, now);
        slideChanges += 1;
        page.showing = {
          itemId: report.itemId,
          slideId: report.slideId,
          kind: report.kind,
          startedAtMs: report.atMs,
          seenAtMono: now,
        };
      } else if (report.type === 'reloading') {
        // Its successor will report under a new id; this one is done, not silent.
        finish(page, now);
        pages.delete(keyOf(screen, report.pageId));
        recordRecovery(`page-${report.reason}`);
        logger.warn(
          'screen-reloading',
          `screen ${cleanText(screen)}: the page reloads itself (${report.reason}): ${cleanText(report.detail)}`,
        );
      }
    },
    onSilent(listener) {
      silentListeners.add(listener);
      return () => silentListeners.delete(listener);
    },
    recordRecovery,
    counts() {
      let silent = 0;
      for (const page of pages.values()) if (page.silent) silent += 1;
      return {
        slideChanges,
        recoveries: Object.fromEntries(recoveries),
        pagesReporting: pages.size - silent,
        pagesSilent: silent,
      };
    },
    check,
    async close() {
      const now = mono();
      for (const page of pages.values()) if (!page.silent) finish(page, now);
      await writes;
    },
  };
}

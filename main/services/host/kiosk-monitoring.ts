/**
 * The host's watch over its screens: heartbeats and silence, proof of play,
 * recoveries, and the hooks a shell fills in (screenshots, its processes'
 * memory). Opened by start-host; a proof-of-play log that cannot be opened
 * costs the export, never the screen.
 */
import { DEFAULT_PAGE_WATCHDOG_CONFIG } from '../../core/kiosk/page-watchdog';
import type { Logger } from '../logger';
import { openProofOfPlayLog, type ProofOfPlayLog } from '../proof-of-play/proof-of-play-log';
import type { ProcessMemory } from './host-api';
import { createScreenMonitor, type ScreenMonitor } from './screen-monitor';

export interface KioskMonitoring {
  monitor: ScreenMonitor;
  proofOfPlay(): ProofOfPlayLog | null;
  screenshot(): (() => Promise<Buffer>) | null;
  setScreenshotSource(capture: (() => Promise<Buffer>) | null): void;
  processMemory(): ProcessMemory[];
  setProcessMemorySource(read: (() => ProcessMemory[]) | null): void;
  close(): Promise<void>;
}

/** Opens DATA/logs/proof-of-play.jsonl and starts watching for silent pages. */
export async function openKioskMonitoring(options: {
  proofOfPlayFile: string;
  logger: Logger;
}): Promise<KioskMonitoring> {
  const { logger } = options;
  let plays: ProofOfPlayLog | null = null;
  try {
    plays = await openProofOfPlayLog({ file: options.proofOfPlayFile, logger });
  } catch (error) {
    logger.error(
      'proof-of-play-unavailable',
      `proof of play cannot be kept: ${(error as Error).message}; the screen plays on`,
    );
  }
  const monitor = createScreenMonitor({ logger, plays });
  const timer = setInterval(monitor.check, DEFAULT_PAGE_WATCHDOG_CONFIG.reportIntervalMs);
  timer.unref();
  let screenshot: (() => Promise<Buffer>) | null = null;
  let processMemory: (() => ProcessMemory[]) | null = null;
  return {
    monitor,
    proofOfPlay: () => plays,
    screenshot: () => screenshot,
    setScreenshotSource(capture) {
      screenshot = capture;
    },
    processMemory() {
      try {
        return processMemory?.() ?? [];
      } catch {
        return []; // a window being replaced may not answer; the next scrape will
      }
    },
    setProcessMemorySource(read) {
      processMemory = read;
    },
    async close() {
      clearInterval(timer);
      await monitor.close();
      await plays?.close();
    },
  };
}

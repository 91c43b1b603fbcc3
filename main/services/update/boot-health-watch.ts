/**
 * Boot health on a running kiosk: each start is recorded in DATA/state/update.json (so a
 * crash loop is counted across starts), the kiosk window's first `ready` report (first
 * slide painted, bridge alive) proves the version healthy, and a version that does not
 * get there in time, or keeps restarting, is marked bad and the previous AppImage put back.
 * The decisions are core/update/boot-health.ts; the file work boot-health-effects.ts.
 */
import {
  DEFAULT_BOOT_HEALTH_CONFIG,
  describeBootFailure,
  stepBootHealth,
  type BootHealthConfig,
  type BootHealthEvent,
} from '../../core/update/boot-health';
import type { ScreenReport } from '../../core/bridge';
import type { Logger } from '../logger';
import { applyBootHealthStep } from './boot-health-effects';
import type { UpdateClock } from './update-clock';
import type { AppImagePaths } from './update-files';
import { loadUpdateRecord, type UpdateRecord } from './update-state-file';

/** The screen name the Electron shell reports under (main/electron/ipc.ts). */
export const KIOSK_SCREEN = 'kiosk';

/** What boot health needs from the host. */
export interface BootHealthHost {
  onReport(listener: (report: ScreenReport, screen: string) => void): () => void;
}

export interface BootHealthWatchOptions {
  host: BootHealthHost;
  logger: Logger;
  clock: UpdateClock;
  currentVersion: string;
  /** DATA/state/update.json */
  stateFile: string;
  appImage: AppImagePaths;
  config?: BootHealthConfig;
  /** Restarts the app into the AppImage just restored. */
  relaunch(reason: string): void;
  /** Called when the running version stops being under verification. */
  onVerified?: () => void;
}

/** The watch on this start. */
export interface BootHealthWatch {
  /** The running version has not yet proved itself: nothing may replace it meanwhile. */
  verifyingCurrent(): boolean;
  /** Versions that failed here and are never installed again. */
  badVersions(): readonly string[];
  /** Resolves once every step taken so far is saved and acted on (for tests and shutdown). */
  settled(): Promise<void>;
  stop(): void;
}

/** Loads the record, records this start, and watches for the first slide. */
export async function startBootHealthWatch(options: BootHealthWatchOptions): Promise<BootHealthWatch> {
  const { logger, clock, currentVersion, stateFile, appImage } = options;
  const config = options.config ?? DEFAULT_BOOT_HEALTH_CONFIG;
  const loaded = await loadUpdateRecord(stateFile, clock.now());
  if (loaded.note) logger.warn('update-record-unreadable', `update: ${loaded.note}`, { file: stateFile });
  let record: UpdateRecord = loaded.record;
  let stopped = false;
  let cancelDeadline: (() => void) | null = null;
  let unsubscribe: (() => void) | null = null;
  // Steps are applied one after another: a ready report and the deadline must not race on the file.
  let chain: Promise<void> = Promise.resolve();

  const verifying = () => record.bootHealth.phase === 'pending-verification';

  function finish(): void {
    cancelDeadline?.();
    cancelDeadline = null;
    unsubscribe?.();
    unsubscribe = null;
  }

  async function step(event: BootHealthEvent): Promise<void> {
    const before = record.bootHealth;
    const result = stepBootHealth(before, event, config);
    const applied = await applyBootHealthStep(result, record, stateFile, appImage);
    record = applied.record;
    for (const problem of applied.problems) logger.error('boot-health-problem', `update: ${problem}`);
    const after = record.bootHealth;
    if (after.phase === 'healthy' && before.phase === 'pending-verification') {
      logger.info(
        'boot-health-ok',
        `update: ${after.version} showed its first slide; it is now the version to go back to`,
        { version: after.version },
      );
    }
    if (after.phase === 'failed') {
      const back = after.goodVersion ?? 'the previous AppImage';
      if (before.phase !== 'failed')
        logger.error(
          'update-bad',
          `update: ${after.version} ${describeBootFailure(after.reason, config)}; marked bad (never installed again here), going back to ${back}`,
          { version: after.version, reason: after.reason },
        );
      if (applied.restored) {
        logger.warn('update-restored', `update: ${back} restored as ${appImage.current}; restarting into it`, {
          version: after.goodVersion,
        });
        stopped = true;
        finish();
        options.relaunch(`${after.version} failed its boot-health check`);
        return;
      }
    }
    if (!verifying()) {
      finish();
      options.onVerified?.();
    }
  }

  const enqueue = (event: BootHealthEvent) => {
    chain = chain.then(() => (stopped ? undefined : step(event)));
    return chain;
  };

  await enqueue({ type: 'started', version: currentVersion, nowMs: clock.now() });
  const pending = record.bootHealth;
  if (!stopped && pending.phase === 'pending-verification') {
    const minutes = Math.round(config.healthyWithinMs / 60_000);
    logger.info(
      'boot-health-verifying',
      `update: ${currentVersion} is new on this screen; it must show a slide within ${minutes} minutes, or ${pending.goodVersion ?? 'the previous AppImage, if there is one,'} comes back`,
      { version: currentVersion },
    );
    unsubscribe = options.host.onReport((report, screen) => {
      if (report.type === 'ready' && screen === KIOSK_SCREEN && verifying())
        void enqueue({ type: 'healthy', nowMs: clock.now() });
    });
    // A second past the deadline: a timer that fires a hair early must not find the version still in time.
    const deadlineMs = pending.sinceMs + config.healthyWithinMs + 1000;
    cancelDeadline = clock.setTimer(() => void enqueue({ type: 'tick', nowMs: clock.now() }), deadlineMs - clock.now());
  }

  return {
    verifyingCurrent: verifying,
    badVersions: () => record.badVersions,
    settled: () => chain,
    stop() {
      stopped = true;
      finish();
    },
  };
}

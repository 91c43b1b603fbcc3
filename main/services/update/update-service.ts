/**
 * The unattended update loop of a kiosk. It asks the update server on start and every few
 * hours (backing off after failures), downloads a release meant for this screen in the
 * background into DATA/updates, and installs it only when core/update/update-policy.ts
 * allows: in the quiet window on the screen's clock, never over an announcement, and at
 * the moment a slide changes — computed from the same pure timeline the screen plays, so
 * the install is timed for that moment instead of polled for. Boot health of the running
 * version is watched alongside (boot-health-watch.ts). Only changes of state are logged.
 *
 * Why not electron-updater's AppImageUpdater: on Linux it deletes the running AppImage
 * once the new one is in place, so there is no previous version left to go back to when
 * the new one fails its boot-health check; and it stages rollouts with its own random id
 * in its own file, which our bucket (DATA/state/kiosk-id) and our bad-version list would
 * not see. So this is our own client for electron-builder's generic provider: the same
 * latest-linux.yml, sha512 and stagingPercentage, read by release-info.ts.
 */
import type { PlayerState } from '../../core/player-state';
import type { BootHealthConfig } from '../../core/update/boot-health';
import type { ReleaseInfo } from '../../core/update/release-info';
import { rolloutBucket } from '../../core/update/rollout';
import {
  decideUpdate,
  FIRST_RETRY_MS,
  inInstallWindow,
  refusal,
  type LastCheck,
  type UpdateDecision,
  type UpdateInputs,
} from '../../core/update/update-policy';
import type { UpdateSettings } from '../../core/update/update-settings';
import type { Logger } from '../logger';
import type { Validators } from '../net/http-fetch';
import { startBootHealthWatch, type BootHealthHost } from './boot-health-watch';
import { announcementOnScreen, atSlideChange, nextSlideChangeAtMs, nextWindowOpensAtMs } from './install-timing';
import { checkForRelease } from './release-check';
import { systemClock, type UpdateClock } from './update-clock';
import { fetchDownload, findDownloaded, removeOtherDownloads, type DownloadedUpdate } from './update-downloads';
import type { AppImagePaths, FileResult } from './update-files';
import { updateStatePath } from './update-state-file';

/** Re-read everything at least this often, so a clock that jumps (a board without a battery) is caught up. */
const MAX_WAKE_MS = 15 * 60_000;
/** Wake this long after a slide change, so the timeline already shows the new slide. */
const AFTER_SLIDE_CHANGE_MS = 50;

const EVENT_OF = {
  none: 'update-waiting',
  check: 'update-check',
  download: 'update-downloading',
  install: 'update-installing',
};

/** What the update service needs from the host; RunningHost (host-api.ts) has all of it. */
export interface UpdateHost extends BootHealthHost {
  settings(): { updates: UpdateSettings };
  getState(): PlayerState;
  onState(listener: (state: PlayerState) => void): () => void;
}

export interface UpdateServiceOptions {
  host: UpdateHost;
  logger: Logger;
  clock?: UpdateClock;
  /** The running version (package.json's, as app.getVersion() reports it). */
  currentVersion: string;
  /** `process.arch`: picks latest-linux.yml or latest-linux-arm64.yml. */
  arch: string;
  dataDir: string;
  /** The running AppImage and the previous one kept beside it. */
  appImage: AppImagePaths;
  /** This kiosk's stable id (kiosk-id.ts): its place in staged rollouts. */
  kioskId: string;
  /** Puts a verified download in place of the running AppImage, keeping the old one (the shell's file work). */
  install(update: DownloadedUpdate): Promise<FileResult>;
  /** Restarts the app from its AppImage path: after an install, or after a failed version was undone. */
  relaunch(reason: string): void;
  bootHealth?: BootHealthConfig;
  checkTimeoutMs?: number;
  downloadTimeoutMs?: number;
}

/** A running update service. */
export interface UpdateService {
  /** Resolves once no check, download or install is under way (tests, shutdown). */
  settled(): Promise<void>;
  stop(): void;
}

/** Starts boot health and the update loop; the first check is due at once. */
export async function startUpdateService(options: UpdateServiceOptions): Promise<UpdateService> {
  const { host, logger, dataDir, appImage, currentVersion } = options;
  const clock = options.clock ?? systemClock;
  const startedAtMs = clock.now();
  const bucket = rolloutBucket(options.kioskId);

  // Boot health may report a verdict while it starts, before the loop below is ready to act on it.
  let started = false;
  let stopped = false;
  let busy: Promise<void> | null = null;
  let cancelWake: (() => void) | null = null;
  let feedKey: string | null = null;
  let lastCheck: LastCheck | null = null;
  let latest: ReleaseInfo | null = null;
  let validators: Validators | null = null;
  let downloaded: DownloadedUpdate | null = null;
  let downloadFailures = 0;
  let downloadRetryAtMs = 0;
  let lastSaid: string | null = null;
  let lastProblem: string | null = null;

  const relaunch = (reason: string) => {
    stopped = true;
    cancelWake?.();
    options.relaunch(reason);
  };

  const health = await startBootHealthWatch({
    host,
    logger,
    clock,
    currentVersion,
    stateFile: updateStatePath(dataDir),
    appImage,
    ...(options.bootHealth ? { config: options.bootHealth } : {}),
    relaunch,
    onVerified: () => evaluate(),
  });

  function inputsAt(settings: UpdateSettings, state: PlayerState, nowMs: number): UpdateInputs {
    return {
      settings,
      timeZone: state.timezone,
      currentVersion,
      rolloutBucket: bucket,
      startedAtMs,
      lastCheck,
      latest,
      downloadedVersion: downloaded?.version ?? null,
      downloading: false,
      badVersions: health.badVersions(),
      verifyingCurrent: health.verifyingCurrent(),
      atSlideBoundary: atSlideChange(state, nowMs),
      announcementShowing: announcementOnScreen(state, nowMs).showing,
    };
  }

  /** One line per change of what the loop is doing or waiting for; a due check is not news. */
  function say(decision: UpdateDecision): void {
    if (decision.action === 'check' || decision.reason === lastSaid) return;
    lastSaid = decision.reason;
    const event = decision.nextCheckAtMs === null ? 'updates-off' : EVENT_OF[decision.action];
    logger.info(event, `update: ${decision.reason}`, { version: latest?.version });
  }

  function problem(event: string, message: string): void {
    if (message === lastProblem) return;
    lastProblem = message;
    logger.error(event, `update: ${message}`);
  }

  function holdDownloads(nowMs: number, settings: UpdateSettings): void {
    downloadFailures++;
    const backoffMs = FIRST_RETRY_MS * 2 ** Math.min(downloadFailures - 1, 20);
    downloadRetryAtMs = nowMs + Math.min(backoffMs, settings.checkEveryHours * 3_600_000);
  }

  function evaluate(): void {
    if (!started || stopped || busy) return;
    cancelWake?.();
    cancelWake = null;
    const settings = host.settings().updates;
    const key = `${settings.feedUrl ?? ''} ${settings.channel ?? ''}`;
    if (key !== feedKey) {
      // Another server or channel: what the old one said counts for nothing.
      feedKey = key;
      lastCheck = null;
      latest = null;
      validators = null;
      downloadFailures = 0;
      downloadRetryAtMs = 0;
    }
    const state = host.getState();
    const nowMs = clock.now();
    const inputs = inputsAt(settings, state, nowMs);
    const decision = decideUpdate(inputs, nowMs);
    const feedUrl = settings.feedUrl;
    if (decision.action === 'download' && nowMs < downloadRetryAtMs) {
      wake([decision.nextCheckAtMs, downloadRetryAtMs], nowMs);
      return;
    }
    say(decision);
    if (decision.action === 'check' && feedUrl) return run(() => check(feedUrl, settings));
    if (decision.action === 'download' && feedUrl && latest) return run(() => download(feedUrl, latest!, settings));
    if (decision.action === 'install' && downloaded) return run(() => install(downloaded!, settings));
    const times = [decision.nextCheckAtMs];
    if (latest && downloaded?.version === latest.version && refusal(inputs, latest) === null) {
      const announcement = announcementOnScreen(state, nowMs);
      const slideChange = nextSlideChangeAtMs(state, nowMs);
      if (!inInstallWindow(settings.installWindow, state.timezone, nowMs))
        times.push(nextWindowOpensAtMs(settings.installWindow, state.timezone, nowMs));
      else if (announcement.showing) times.push(announcement.changesAtMs);
      else if (slideChange !== null) times.push(slideChange + AFTER_SLIDE_CHANGE_MS);
    }
    wake(times, nowMs);
  }

  function wake(times: (number | null)[], nowMs: number): void {
    const atMs = Math.min(nowMs + MAX_WAKE_MS, ...times.filter((ms): ms is number => ms !== null));
    cancelWake = clock.setTimer(evaluate, Math.max(atMs - nowMs, 0));
  }

  function run(work: () => Promise<void>): void {
    busy = work()
      .catch((error: unknown) => problem('update-error', `unexpected error: ${(error as Error)?.message ?? error}`))
      .finally(() => {
        busy = null;
        evaluate();
      });
  }

  async function check(feedUrl: string, settings: UpdateSettings): Promise<void> {
    const result = await checkForRelease({
      feedUrl,
      channel: settings.channel,
      arch: options.arch,
      currentVersion,
      validators,
      timeoutMs: options.checkTimeoutMs,
    });
    const nowMs = clock.now();
    if (!result.ok) {
      const failures = lastCheck && !lastCheck.ok ? lastCheck.consecutiveFailures + 1 : 1;
      lastCheck = { atMs: nowMs, ok: false, consecutiveFailures: failures };
      problem('update-check-failed', `${result.error}; nothing is downloaded or installed, asking again later`);
      return;
    }
    if (lastCheck && !lastCheck.ok) logger.info('update-check-ok', `update: the update server answers again`);
    lastProblem = null;
    lastCheck = { atMs: nowMs, ok: true, consecutiveFailures: 0 };
    validators = result.validators;
    if (!result.notModified) {
      if (latest?.version !== result.release.version || latest.files[0]?.sha512 !== result.release.files[0]?.sha512) {
        downloadFailures = 0;
        downloadRetryAtMs = 0;
      }
      latest = result.release;
    }
    // Keep on disk only what may still be installed; a verified download from before a restart is reused.
    const wanted = latest && refusal(inputsAt(settings, host.getState(), nowMs), latest) === null ? latest : null;
    if (wanted && downloaded?.version !== wanted.version) downloaded = await findDownloaded(dataDir, wanted);
    if (!wanted) downloaded = null;
    await removeOtherDownloads(dataDir, wanted?.version ?? null);
  }

  async function download(feedUrl: string, release: ReleaseInfo, settings: UpdateSettings): Promise<void> {
    const result = await fetchDownload(dataDir, feedUrl, release, appImage, options.downloadTimeoutMs);
    if (!result.ok) {
      holdDownloads(clock.now(), settings);
      problem('update-download-refused', `${release.version} refused: ${result.error}; nothing was installed`);
      return;
    }
    downloaded = result.update;
    downloadFailures = 0;
    lastProblem = null;
    logger.info(
      'update-downloaded',
      `update: ${release.version} downloaded and verified (${result.update.expected.size} bytes, SHA-512 matches)`,
      { version: release.version },
    );
  }

  async function install(update: DownloadedUpdate, settings: UpdateSettings): Promise<void> {
    const result = await options.install(update);
    if (!result.ok) {
      downloaded = null;
      holdDownloads(clock.now(), settings);
      problem('update-install-failed', `cannot install ${update.version}: ${result.error}; it is fetched again later`);
      return;
    }
    logger.info(
      'update-installed',
      `update: ${update.version} installed as ${appImage.current} (${currentVersion} kept as ${appImage.previous}); restarting into it`,
      { version: update.version },
    );
    relaunch(`update to ${update.version}`);
  }

  const unsubscribe = host.onState(() => evaluate());
  started = true;
  evaluate();

  return {
    async settled() {
      await health.settled();
      while (busy) await busy;
    },
    stop() {
      stopped = true;
      cancelWake?.();
      unsubscribe();
      health.stop();
    },
  };
}

/**
 * When a kiosk checks for, downloads and installs a new version of itself. Pure: the
 * host passes in what it knows (settings, the last check, what is on disk, what the
 * screen shows) and the time, and acts on the one answer. Installing means a restart,
 * so it waits for the quiet window, a slide boundary and the end of any announcement.
 */
import { MS_PER_DAY, wallMsAt } from '../schedule/zone-offsets';
import type { ReleaseInfo } from './release-info';
import { inRollout } from './rollout';
import { isNewerVersion } from './semver';
import type { UpdateSettings } from './update-settings';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
/** The first retry after a failed check; doubled per further failure, up to the regular interval. */
export const FIRST_RETRY_MS = 5 * MS_PER_MINUTE;

/** The last time the update server was asked. */
export interface LastCheck {
  atMs: number;
  ok: boolean;
  /** Failed checks in a row (0 after a success). */
  consecutiveFailures: number;
}

/** Everything the policy looks at. */
export interface UpdateInputs {
  settings: UpdateSettings;
  /** The screen's IANA zone: the install window is read on its clock. */
  timeZone: string;
  currentVersion: string;
  /** This kiosk's stable rollout number 0..99 (see rolloutBucket). */
  rolloutBucket: number;
  /** When this process started: the first check is due then. */
  startedAtMs: number;
  lastCheck: LastCheck | null;
  /** The release the server described at the last successful check. */
  latest: ReleaseInfo | null;
  /** A version downloaded and verified on disk, ready to install. */
  downloadedVersion: string | null;
  downloading: boolean;
  /** Versions that failed their boot-health check here. */
  badVersions: readonly string[];
  /** The running version has not yet proved itself healthy: nothing replaces it before it does. */
  verifyingCurrent: boolean;
  atSlideBoundary: boolean;
  announcementShowing: boolean;
}

/** What to do now, why (a sentence for the log and the status page), and when to ask again. */
export interface UpdateDecision {
  action: 'none' | 'check' | 'download' | 'install';
  reason: string;
  /** When the next check is due; null when updates are off. */
  nextCheckAtMs: number | null;
}

/** When the next check is due: at start, then every N hours, sooner but backing off after failures. */
export function nextCheckAt(inputs: UpdateInputs): number {
  const { lastCheck, startedAtMs, settings } = inputs;
  if (!lastCheck) return startedAtMs;
  const everyMs = settings.checkEveryHours * MS_PER_HOUR;
  if (lastCheck.ok) return lastCheck.atMs + everyMs;
  const exponent = Math.min(Math.max(lastCheck.consecutiveFailures, 1) - 1, 20);
  return lastCheck.atMs + Math.min(FIRST_RETRY_MS * 2 ** exponent, everyMs);
}

/** Whether `nowMs` falls in the install window on the screen's wall clock; a window may cross midnight. */
export function inInstallWindow(window: { start: string; end: string }, timeZone: string, nowMs: number): boolean {
  const minute = Math.floor((((wallMsAt(timeZone, nowMs) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_MINUTE);
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  return start <= end ? minute >= start && minute < end : minute >= start || minute < end;
}

function minutesOf(hhmm: string): number {
  const [hours = '0', minutes = '0'] = hhmm.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** Why `latest` is not for this kiosk, or null when it is. */
export function refusal(inputs: UpdateInputs, latest: ReleaseInfo): string | null {
  const { version } = latest;
  if (!isNewerVersion(version, inputs.currentVersion)) {
    return version === inputs.currentVersion
      ? `up to date (${version})`
      : `the server offers ${version}, not newer than ${inputs.currentVersion}; never a downgrade`;
  }
  if (inputs.badVersions.includes(version)) {
    return `${version} failed its health check on this screen before; it is not installed again`;
  }
  if (!inRollout(inputs.rolloutBucket, latest.stagingPercentage ?? undefined)) {
    return `${version} goes to ${latest.stagingPercentage} % of screens first; this screen is number ${inputs.rolloutBucket}`;
  }
  return null;
}

/** The one decision of the update loop at `nowMs`. */
export function decideUpdate(inputs: UpdateInputs, nowMs: number): UpdateDecision {
  const { settings } = inputs;
  if (settings.feedUrl === null)
    return { action: 'none', reason: 'updates are off (no update server set)', nextCheckAtMs: null };
  const nextCheckAtMs = nextCheckAt(inputs);
  const decide = (action: UpdateDecision['action'], reason: string) => ({ action, reason, nextCheckAtMs });
  const latest = inputs.latest;
  const refused = latest ? refusal(inputs, latest) : 'no release known yet';
  // A check is cheap and may bring a newer release or a withdrawn one, so it comes before everything else.
  if (nowMs >= nextCheckAtMs)
    return decide('check', inputs.lastCheck ? 'time for the regular check' : 'checking at start');
  if (!latest || refused !== null) return decide('none', refused ?? 'no release known yet');
  if (inputs.downloadedVersion !== latest.version) {
    return inputs.downloading
      ? decide('none', `downloading ${latest.version}`)
      : decide('download', `${latest.version} is available; downloading in the background`);
  }
  const { start, end } = settings.installWindow;
  if (inputs.verifyingCurrent) return decide('none', `${inputs.currentVersion} has not yet proved itself healthy`);
  if (!inInstallWindow(settings.installWindow, inputs.timeZone, nowMs)) {
    return decide('none', `${latest.version} is ready; it installs between ${start} and ${end}`);
  }
  if (inputs.announcementShowing) return decide('none', `${latest.version} waits for the announcement to end`);
  if (!inputs.atSlideBoundary) return decide('none', `${latest.version} waits for the end of the slide`);
  return decide('install', `installing ${latest.version} (in the window ${start}–${end}, between slides)`);
}

import { describe, expect, it } from 'vitest';
import type { ReleaseInfo } from '../../../../main/core/update/release-info';
import { rolloutBucket } from '../../../../main/core/update/rollout';
import { decideUpdate, inInstallWindow, type UpdateInputs } from '../../../../main/core/update/update-policy';
import { DEFAULT_UPDATE_SETTINGS } from '../../../../main/core/update/update-settings';

const HOUR = 3_600_000;
const MINUTE = 60_000;
// Hanoi wall time (UTC+7, no DST) on 2026-11-27.
const hanoi = (hhmm: string) => Date.parse(`2026-11-27T${hhmm}:00+07:00`);
const START = hanoi('14:00');

const release = (version: string, stagingPercentage: number | null = null): ReleaseInfo => ({
  version,
  files: [{ url: 'Pano-x86_64.AppImage', sha512: `${'A'.repeat(85)}w==`, size: 100 }],
  releaseDate: null,
  stagingPercentage,
});

const inputs = (over: Partial<UpdateInputs> = {}): UpdateInputs => ({
  settings: { ...DEFAULT_UPDATE_SETTINGS, feedUrl: 'https://updates.example.vn/pano' },
  timeZone: 'Asia/Ho_Chi_Minh',
  currentVersion: '1.3.0',
  rolloutBucket: 42,
  startedAtMs: START,
  lastCheck: { atMs: START, ok: true, consecutiveFailures: 0 },
  latest: release('1.4.0'),
  downloadedVersion: '1.4.0',
  downloading: false,
  badVersions: [],
  verifyingCurrent: false,
  atSlideBoundary: true,
  announcementShowing: false,
  ...over,
});

describe('decideUpdate: checking', () => {
  it('does nothing without an update server', () => {
    const off = inputs({ settings: DEFAULT_UPDATE_SETTINGS });
    expect(decideUpdate(off, hanoi('03:00'))).toEqual({
      action: 'none',
      reason: 'updates are off (no update server set)',
      nextCheckAtMs: null,
    });
  });

  it('checks at start, then every N hours', () => {
    expect(decideUpdate(inputs({ lastCheck: null, latest: null }), START)).toMatchObject({
      action: 'check',
      reason: 'checking at start',
    });
    const checked = inputs({ latest: release('1.3.0') });
    expect(decideUpdate(checked, START + 5 * HOUR)).toMatchObject({
      action: 'none',
      reason: 'up to date (1.3.0)',
      nextCheckAtMs: START + 6 * HOUR,
    });
    expect(decideUpdate(checked, START + 6 * HOUR).action).toBe('check');
  });

  it('retries a failed check after 5 minutes, backing off to the regular interval', () => {
    const failed = (n: number) =>
      inputs({ latest: null, lastCheck: { atMs: START, ok: false, consecutiveFailures: n } });
    expect(decideUpdate(failed(1), START).nextCheckAtMs).toBe(START + 5 * MINUTE);
    expect(decideUpdate(failed(3), START).nextCheckAtMs).toBe(START + 20 * MINUTE);
    expect(decideUpdate(failed(30), START).nextCheckAtMs).toBe(START + 6 * HOUR);
  });
});

describe('decideUpdate: downloading and installing', () => {
  it('downloads a newer release in the background at any hour', () => {
    expect(decideUpdate(inputs({ downloadedVersion: null }), hanoi('15:00')).action).toBe('download');
    expect(decideUpdate(inputs({ downloadedVersion: null, downloading: true }), hanoi('15:00')).action).toBe('none');
  });

  it('installs only inside the window, in the screen’s zone', () => {
    expect(decideUpdate(inputs(), hanoi('15:00'))).toMatchObject({
      action: 'none',
      reason: '1.4.0 is ready; it installs between 02:00 and 05:00',
    });
    expect(decideUpdate(inputs(), hanoi('02:00')).action).toBe('install');
    expect(decideUpdate(inputs(), hanoi('04:59')).action).toBe('install');
    expect(decideUpdate(inputs(), hanoi('05:00')).action).toBe('none');
    // 02:30 in Hanoi is 20:30 in Berlin: the same instant is outside a Berlin screen's window.
    expect(decideUpdate(inputs({ timeZone: 'Europe/Berlin' }), hanoi('02:30')).action).toBe('none');
  });

  it('handles a window across midnight', () => {
    const window = { start: '23:00', end: '01:30' };
    expect(inInstallWindow(window, 'Asia/Ho_Chi_Minh', hanoi('23:10'))).toBe(true);
    expect(inInstallWindow(window, 'Asia/Ho_Chi_Minh', hanoi('01:29'))).toBe(true);
    expect(inInstallWindow(window, 'Asia/Ho_Chi_Minh', hanoi('01:30'))).toBe(false);
    expect(inInstallWindow(window, 'Asia/Ho_Chi_Minh', hanoi('22:59'))).toBe(false);
  });

  it('waits for a slide boundary and the end of an announcement', () => {
    const at = hanoi('03:00');
    expect(decideUpdate(inputs({ atSlideBoundary: false }), at)).toMatchObject({
      action: 'none',
      reason: '1.4.0 waits for the end of the slide',
    });
    expect(decideUpdate(inputs({ announcementShowing: true }), at)).toMatchObject({
      action: 'none',
      reason: '1.4.0 waits for the announcement to end',
    });
    expect(decideUpdate(inputs({ verifyingCurrent: true }), at).action).toBe('none');
  });

  it('never installs a downgrade, the same version, or a version marked bad', () => {
    const at = hanoi('03:00');
    expect(decideUpdate(inputs({ latest: release('1.2.0'), downloadedVersion: '1.2.0' }), at)).toMatchObject({
      action: 'none',
      reason: 'the server offers 1.2.0, not newer than 1.3.0; never a downgrade',
    });
    expect(decideUpdate(inputs({ badVersions: ['1.4.0'] }), at)).toMatchObject({
      action: 'none',
      reason: '1.4.0 failed its health check on this screen before; it is not installed again',
    });
    expect(decideUpdate(inputs({ badVersions: ['1.4.0'], downloadedVersion: null }), hanoi('15:00')).action).toBe(
      'none',
    );
  });

  it('honours a staged rollout by the kiosk’s stable number', () => {
    const at = hanoi('03:00');
    expect(decideUpdate(inputs({ latest: release('1.4.0', 10), rolloutBucket: 9 }), at).action).toBe('install');
    expect(decideUpdate(inputs({ latest: release('1.4.0', 10), rolloutBucket: 10 }), at)).toMatchObject({
      action: 'none',
      reason: '1.4.0 goes to 10 % of screens first; this screen is number 10',
    });
  });
});

describe('rolloutBucket', () => {
  it('is stable per id and spreads ids over 0..99', () => {
    expect(rolloutBucket('hoi-truong-tang-2')).toBe(rolloutBucket('hoi-truong-tang-2'));
    const buckets = Array.from({ length: 1000 }, (_, i) => rolloutBucket(`kiosk-${i}`));
    expect(Math.min(...buckets)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...buckets)).toBeLessThanOrEqual(99);
    const inTen = buckets.filter((b) => b < 10).length;
    expect(inTen).toBeGreaterThan(60);
    expect(inTen).toBeLessThan(140);
  });
});

/**
 * The update loop on one kiosk, as a technician would see it: what the update server was
 * asked, what landed on disk, when the AppImage was swapped, and what the log says. The
 * clock is fake (nights pass in milliseconds); the server, files and timeline are real.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rolloutBucket } from '../../../../main/core/update/rollout';
import { saveUpdateRecord, updateStatePath } from '../../../../main/services/update/update-state-file';
import type { UpdateService } from '../../../../main/services/update/update-service';
import { announcement, hallState, hanoi } from '../../core/schedule/state-fixtures';
import { NEW_VERSION, startUpdateServer, type FeedVariant, type UpdateServer } from './update-server';
import {
  FakeClock,
  fakeHost,
  makeKiosk,
  memoryLogger,
  OLD_APPIMAGE,
  startService,
  type TestKiosk,
} from './update-harness';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const SLIDE_MS = 8000;
// Afternoon in Bắc Kạn: outside the default install window (02:00–05:00).
const AFTERNOON = hanoi('2026-11-26', '14:00');
const WINDOW_OPENS = hanoi('2026-11-27', '02:00');
// bk1–bk5, 8 s each, counted from 3 s past midnight: slides change at 02:00:03, 02:00:11, …
const EPOCH = hanoi('2026-11-26') + 3000;
const YML = '/pano/latest-linux.yml';
const APPIMAGE = '/pano/Pano-x86_64.AppImage';

let kiosk: TestKiosk;
let server: UpdateServer | null = null;
let service: UpdateService | null = null;

beforeEach(async () => {
  kiosk = await makeKiosk();
});
afterEach(async () => {
  service?.stop();
  service = null;
  await server?.close();
  server = null;
  await kiosk.remove();
});

interface BootOptions {
  kioskId?: string;
  state?: ReturnType<typeof hallState>;
  startAtMs?: number;
  /** Whether the kiosk window paints its first slide right after the start (default yes). */
  ready?: boolean;
}

async function boot(variant: FeedVariant, options: BootOptions = {}) {
  server = await startUpdateServer(variant);
  const startAtMs = options.startAtMs ?? AFTERNOON;
  const clock = new FakeClock(startAtMs);
  const host = fakeHost({ feedUrl: server.url }, options.state ?? hallState({ epochMs: EPOCH }));
  const log = memoryLogger();
  service = await startService(kiosk, clock, host, log, options.kioskId ? { kioskId: options.kioskId } : {});
  if (options.ready !== false) host.ready();
  const running = service;
  const advanceTo = (ms: number) => clock.advanceTo(ms, () => running.settled());
  await advanceTo(startAtMs);
  const asked = (path: string) => server!.requests.filter((request) => request.path === path).length;
  return { clock, host, log, advanceTo, asked };
}

/** The slide change at or before `atMs`. */
const slideChangeBefore = (atMs: number) => EPOCH + Math.floor((atMs - EPOCH) / SLIDE_MS) * SLIDE_MS;

/** A kiosk id whose rollout number is (or is not) below `percent`. */
function kioskIdWhere(test: (bucket: number) => boolean): string {
  for (let i = 0; ; i++) if (test(rolloutBucket(`hall-${i}`))) return `hall-${i}`;
}

describe('when the update server is asked', () => {
  it('asks at start and then every checkEveryHours (6 by default), not in between', async () => {
    const { advanceTo, asked, log } = await boot('valid');
    expect(asked(YML)).toBe(1);
    await advanceTo(AFTERNOON + 6 * HOUR - MINUTE);
    expect(asked(YML)).toBe(1);
    await advanceTo(AFTERNOON + 6 * HOUR);
    expect(asked(YML)).toBe(2);
    await advanceTo(AFTERNOON + 12 * HOUR);
    expect(asked(YML)).toBe(3);
    // The second and third asks are conditional: an unchanged file costs a 304.
    expect(server!.requests.filter((r) => r.path === YML).map((r) => r.ifNoneMatch !== null)).toEqual([
      false,
      true,
      true,
    ]);
    expect(log.messages()).toContain('update: 1.4.0 is available; downloading in the background');
  });

  it('says once that updates are off when no update server is set, and asks nobody', async () => {
    const clock = new FakeClock(AFTERNOON);
    const log = memoryLogger();
    service = await startService(kiosk, clock, fakeHost({ feedUrl: null }), log);
    const running = service;
    await clock.advanceTo(AFTERNOON + 48 * HOUR, () => running.settled());
    expect(log.lines.filter((line) => line.event === 'updates-off')).toEqual([
      { level: 'info', event: 'updates-off', message: 'update: updates are off (no update server set)' },
    ]);
    expect(kiosk.installs).toEqual([]);
  });
});

describe('installing a valid release', () => {
  it('downloads it at once but installs it only in the window, at a slide change', async () => {
    const { advanceTo, asked, log } = await boot('valid');
    expect(asked(APPIMAGE)).toBe(1);
    expect(await readdir(join(kiosk.dataDir, 'updates'))).toEqual(['Pano-1.4.0.AppImage']);
    expect(log.messages()).toContain('update: 1.4.0 is ready; it installs between 02:00 and 05:00');

    await advanceTo(WINDOW_OPENS - 1);
    expect(kiosk.installs).toEqual([]);
    expect(await readFile(kiosk.appImage.current)).toEqual(OLD_APPIMAGE);

    await advanceTo(WINDOW_OPENS + HOUR);
    expect(kiosk.installs).toHaveLength(1);
    const installedAt = kiosk.installs[0]!.atMs;
    // At the first slide change after 02:00 (02:00:03), not the moment the window opened mid-slide.
    expect(slideChangeBefore(installedAt)).toBe(hanoi('2026-11-27', '02:00') + 3000);
    expect(installedAt - slideChangeBefore(installedAt)).toBeLessThan(1500);
    expect(kiosk.installs[0]!.update.version).toBe(NEW_VERSION);

    // What the technician finds: the new AppImage at the version-less path, the old one beside it, a restart.
    expect(await readFile(kiosk.appImage.current)).toEqual(server!.appImage);
    expect(await readFile(kiosk.appImage.previous)).toEqual(OLD_APPIMAGE);
    expect(kiosk.relaunches).toEqual([{ reason: 'update to 1.4.0', atMs: installedAt }]);
    expect(asked(APPIMAGE)).toBe(1);
  });

  it('a download verified before a restart is reused, not fetched again', async () => {
    const first = await boot('valid');
    expect(first.asked(APPIMAGE)).toBe(1);
    service!.stop();
    const clock = new FakeClock(AFTERNOON + HOUR);
    const host = fakeHost({ feedUrl: server!.url }, hallState({ epochMs: EPOCH }));
    const log = memoryLogger();
    service = await startService(kiosk, clock, host, log);
    host.ready();
    const running = service;
    await clock.advanceTo(WINDOW_OPENS + HOUR, () => running.settled());
    expect(first.asked(APPIMAGE)).toBe(1);
    expect(kiosk.installs).toHaveLength(1);
    expect(await readFile(kiosk.appImage.current)).toEqual(server!.appImage);
  });

  it('waits while the running version has not yet shown its first slide', async () => {
    await saveUpdateRecord(updateStatePath(kiosk.dataDir), {
      bootHealth: { phase: 'healthy', version: '1.2.0', atMs: AFTERNOON, goodVersion: '1.2.0' },
      badVersions: [],
    });
    const { advanceTo, host, log } = await boot('valid', { startAtMs: WINDOW_OPENS, ready: false });
    await advanceTo(WINDOW_OPENS + MINUTE);
    expect(kiosk.installs).toEqual([]);
    expect(log.messages()).toContain('update: 1.3.0 has not yet proved itself healthy');
    host.ready();
    await advanceTo(WINDOW_OPENS + 2 * MINUTE);
    expect(kiosk.installs).toHaveLength(1);
    const installedAt = kiosk.installs[0]!.atMs;
    expect(installedAt - slideChangeBefore(installedAt)).toBeLessThan(1500);
    expect(installedAt).toBeLessThan(WINDOW_OPENS + MINUTE + SLIDE_MS + 1500);
  });

  it('never installs while an announcement is on screen; it waits for the slide change after it ends', async () => {
    const state = hallState({
      epochMs: EPOCH,
      announcements: [
        announcement('hop-khan', 'takeover', hanoi('2026-11-27', '01:50'), hanoi('2026-11-27', '02:30') + 500),
      ],
    });
    const { advanceTo, log } = await boot('valid', { state });
    await advanceTo(hanoi('2026-11-27', '02:30'));
    expect(kiosk.installs).toEqual([]);
    expect(log.messages()).toContain('update: 1.4.0 waits for the announcement to end');

    await advanceTo(hanoi('2026-11-27', '03:00'));
    expect(kiosk.installs).toHaveLength(1);
    const installedAt = kiosk.installs[0]!.atMs;
    expect(slideChangeBefore(installedAt)).toBe(hanoi('2026-11-27', '02:30') + 3000);
    expect(installedAt - slideChangeBefore(installedAt)).toBeLessThan(1500);
  });

  it('an announcement added during the window holds the install back', async () => {
    const { advanceTo, host } = await boot('valid');
    await advanceTo(WINDOW_OPENS - MINUTE);
    host.setState(
      hallState({
        epochMs: EPOCH,
        announcements: [announcement('bao-tin', 'banner', WINDOW_OPENS - MINUTE, hanoi('2026-11-27', '04:00'))],
      }),
    );
    await advanceTo(hanoi('2026-11-27', '04:00') - 1);
    expect(kiosk.installs).toEqual([]);
    await advanceTo(hanoi('2026-11-27', '04:01'));
    expect(kiosk.installs).toHaveLength(1);
  });
});

describe('refusing what must not be installed', () => {
  it('a malformed latest-linux.yml: named in the log once, retried with backoff, nothing downloaded', async () => {
    const { advanceTo, asked, log } = await boot('malformed');
    const refused = log.lines.filter((line) => line.event === 'update-check-failed');
    expect(refused).toEqual([
      {
        level: 'error',
        event: 'update-check-failed',
        message: `update: ${server!.url}/latest-linux.yml is not a release description: files[0].sha512 is missing; nothing is downloaded or installed, asking again later`,
      },
    ]);
    // 5 minutes, then 10 more: a broken server is not hammered, nor forgotten for six hours.
    await advanceTo(AFTERNOON + 5 * MINUTE);
    expect(asked(YML)).toBe(2);
    await advanceTo(AFTERNOON + 15 * MINUTE - 1);
    expect(asked(YML)).toBe(2);
    await advanceTo(AFTERNOON + 15 * MINUTE);
    expect(asked(YML)).toBe(3);
    await advanceTo(WINDOW_OPENS + HOUR);
    expect(asked(APPIMAGE)).toBe(0);
    expect(kiosk.installs).toEqual([]);
    expect(log.lines.filter((line) => line.event === 'update-check-failed')).toHaveLength(1);
  });

  it('a download whose SHA-512 is wrong: refused, deleted, never installed', async () => {
    const { advanceTo, asked, log } = await boot('wrong-sha512');
    expect(asked(APPIMAGE)).toBe(1);
    expect(log.messages()).toContain(
      'update: 1.4.0 refused: the download’s SHA-512 does not match the update server’s; it was not installed; nothing was installed',
    );
    expect(await readdir(join(kiosk.dataDir, 'updates'))).toEqual([]);
    await advanceTo(WINDOW_OPENS + 2 * HOUR);
    expect(kiosk.installs).toEqual([]);
    expect(await readFile(kiosk.appImage.current)).toEqual(OLD_APPIMAGE);
    // Fetched again later with backoff (the server may fix its file), never in a tight loop.
    expect(asked(APPIMAGE)).toBeGreaterThan(1);
    expect(asked(APPIMAGE)).toBeLessThan(10);
  });

  it('a release staged at 10 %: a screen outside the 10 % skips it, one inside takes it', async () => {
    const outside = kioskIdWhere((bucket) => bucket >= 10);
    const { advanceTo, asked, log } = await boot('staged', { kioskId: outside });
    await advanceTo(WINDOW_OPENS + HOUR);
    expect(asked(APPIMAGE)).toBe(0);
    expect(kiosk.installs).toEqual([]);
    expect(log.messages()).toContain(
      `update: 1.4.0 goes to 10 % of screens first; this screen is number ${rolloutBucket(outside)}`,
    );

    service!.stop();
    await server!.close();
    server = null;
    const inside = await boot('staged', { kioskId: kioskIdWhere((bucket) => bucket < 10) });
    expect(inside.asked(APPIMAGE)).toBe(1);
  });

  it('a version that failed its boot-health check here is never downloaded again', async () => {
    await saveUpdateRecord(updateStatePath(kiosk.dataDir), {
      bootHealth: { phase: 'healthy', version: '1.3.0', atMs: AFTERNOON - HOUR, goodVersion: '1.3.0' },
      badVersions: [NEW_VERSION],
    });
    const { advanceTo, asked, log } = await boot('valid');
    await advanceTo(WINDOW_OPENS + 24 * HOUR);
    expect(asked(YML)).toBeGreaterThan(2);
    expect(asked(APPIMAGE)).toBe(0);
    expect(kiosk.installs).toEqual([]);
    expect(log.messages()).toContain(
      'update: 1.4.0 failed its health check on this screen before; it is not installed again',
    );
  });
});

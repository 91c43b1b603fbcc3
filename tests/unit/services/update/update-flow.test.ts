/**
 * The update loop as a technician would see it on one kiosk, with a fake clock: the policy
 * decides, the services act on a temp dir, against a local update server.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stepBootHealth } from '../../../../main/core/update/boot-health';
import type { ReleaseInfo } from '../../../../main/core/update/release-info';
import { decideUpdate, type UpdateInputs } from '../../../../main/core/update/update-policy';
import { DEFAULT_UPDATE_SETTINGS } from '../../../../main/core/update/update-settings';
import { applyBootHealthStep } from '../../../../main/services/update/boot-health-effects';
import { checkForRelease, downloadRelease } from '../../../../main/services/update/release-check';
import { appImagePaths, installDownload, type AppImagePaths } from '../../../../main/services/update/update-files';
import {
  loadUpdateRecord,
  saveUpdateRecord,
  updateStatePath,
} from '../../../../main/services/update/update-state-file';
import { NEW_VERSION, startUpdateServer, type FeedVariant, type UpdateServer } from './update-server';

const MINUTE = 60_000;
const OLD = Buffer.from('#!/bin/sh\necho "Pano 1.3.0"\n');
// 02:30 in Hanoi: inside the default 02:00–05:00 window.
const NIGHT = Date.parse('2026-11-27T02:30:00+07:00');
let dir: string;
let paths: AppImagePaths;
let server: UpdateServer | null = null;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pano-flow-'));
  paths = appImagePaths(dir);
  await writeFile(paths.current, OLD, { mode: 0o755 });
});
afterEach(async () => {
  await server?.close();
  server = null;
  await rm(dir, { recursive: true, force: true });
});

async function offered(variant: FeedVariant): Promise<ReleaseInfo> {
  server = await startUpdateServer(variant);
  const found = await checkForRelease({ feedUrl: server.url, arch: 'x64', currentVersion: '1.3.0' });
  if (!found.ok || found.notModified) throw new Error('the server offered nothing');
  return found.release;
}

const inputs = (latest: ReleaseInfo, over: Partial<UpdateInputs> = {}): UpdateInputs => ({
  settings: { ...DEFAULT_UPDATE_SETTINGS, feedUrl: server!.url },
  timeZone: 'Asia/Ho_Chi_Minh',
  currentVersion: '1.3.0',
  rolloutBucket: 50,
  startedAtMs: NIGHT - 60 * MINUTE,
  lastCheck: { atMs: NIGHT - MINUTE, ok: true, consecutiveFailures: 0 },
  latest,
  downloadedVersion: null,
  downloading: false,
  badVersions: [],
  verifyingCurrent: false,
  atSlideBoundary: true,
  announcementShowing: false,
  ...over,
});

describe('update flow on one kiosk', () => {
  it('staged at 10 %: a kiosk outside it neither downloads nor installs; one inside does', async () => {
    const release = await offered('staged');
    expect(decideUpdate(inputs(release, { rolloutBucket: 50 }), NIGHT).action).toBe('none');
    expect(decideUpdate(inputs(release, { rolloutBucket: 50, downloadedVersion: NEW_VERSION }), NIGHT).action).toBe(
      'none',
    );
    expect(decideUpdate(inputs(release, { rolloutBucket: 3 }), NIGHT).action).toBe('download');
    expect(decideUpdate(inputs(release, { rolloutBucket: 3, downloadedVersion: NEW_VERSION }), NIGHT).action).toBe(
      'install',
    );
  });

  it('a version that never shows a slide is restored, marked bad, and not installed again', async () => {
    const release = await offered('valid');
    const stateFile = updateStatePath(dir);
    await saveUpdateRecord(stateFile, {
      bootHealth: { phase: 'healthy', version: '1.3.0', atMs: NIGHT - 60 * MINUTE, goodVersion: '1.3.0' },
      badVersions: [],
    });

    expect(decideUpdate(inputs(release), NIGHT).action).toBe('download');
    expect(await downloadRelease(server!.url, release, paths)).toEqual({ ok: true });
    expect(decideUpdate(inputs(release, { downloadedVersion: NEW_VERSION }), NIGHT).action).toBe('install');
    expect(await installDownload(paths, release.files[0]!)).toEqual({ ok: true });

    // The host restarts into 1.4.0, which never paints a slide; the watchdog's tick finds it 3 minutes later.
    let { record } = await loadUpdateRecord(stateFile, NIGHT);
    const started = stepBootHealth(record.bootHealth, { type: 'started', version: NEW_VERSION, nowMs: NIGHT + MINUTE });
    record = (await applyBootHealthStep(started, record, stateFile, paths)).record;
    const late = stepBootHealth(record.bootHealth, { type: 'tick', nowMs: NIGHT + 4 * MINUTE });
    const applied = await applyBootHealthStep(late, record, stateFile, paths);
    expect(applied).toMatchObject({ restored: true, problems: [] });

    // What a technician finds: the old AppImage back in place, and 1.4.0 on the bad list on disk.
    expect(await readFile(join(dir, 'Pano.AppImage'))).toEqual(OLD);
    const reloaded = (await loadUpdateRecord(stateFile, NIGHT + 5 * MINUTE)).record;
    expect(reloaded.badVersions).toEqual([NEW_VERSION]);

    // 1.3.0 starts again, healthy without verification; the server still offers 1.4.0, and it is refused.
    const back = stepBootHealth(reloaded.bootHealth, { type: 'started', version: '1.3.0', nowMs: NIGHT + 6 * MINUTE });
    expect(back.state).toMatchObject({ phase: 'healthy', version: '1.3.0' });
    const again = decideUpdate(inputs(release, { badVersions: reloaded.badVersions }), NIGHT + 7 * MINUTE);
    expect(again).toMatchObject({
      action: 'none',
      reason: `${NEW_VERSION} failed its health check on this screen before; it is not installed again`,
    });
  });
});

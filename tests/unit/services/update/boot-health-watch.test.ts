/**
 * Boot health on a kiosk that just restarted into 1.3.0 (1.2.0 kept as the previous
 * AppImage): the first slide proves it, silence or a crash loop sends the screen back to
 * 1.2.0 and marks 1.3.0 bad. Through the update service, as the Electron shell starts it.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loadUpdateRecord,
  saveUpdateRecord,
  updateStatePath,
} from '../../../../main/services/update/update-state-file';
import type { UpdateService } from '../../../../main/services/update/update-service';
import { hanoi } from '../../core/schedule/state-fixtures';
import { FakeClock, fakeHost, makeKiosk, memoryLogger, startService, type TestKiosk } from './update-harness';

const SECOND = 1000;
const MINUTE = 60_000;
const START = hanoi('2026-11-27', '02:00');
const RUNNING = Buffer.from('#!/bin/sh\necho "Pano 1.3.0"\n');
const PREVIOUS = Buffer.from('#!/bin/sh\necho "Pano 1.2.0"\n');

let kiosk: TestKiosk;
let services: UpdateService[] = [];

beforeEach(async () => {
  kiosk = await makeKiosk();
  await writeFile(kiosk.appImage.current, RUNNING, { mode: 0o755 });
  await writeFile(kiosk.appImage.previous, PREVIOUS, { mode: 0o755 });
  // 1.2.0 proved itself here; the update to 1.3.0 has just been installed.
  await saveUpdateRecord(updateStatePath(kiosk.dataDir), {
    bootHealth: { phase: 'healthy', version: '1.2.0', atMs: START - 60 * MINUTE, goodVersion: '1.2.0' },
    badVersions: [],
  });
});
afterEach(async () => {
  for (const service of services) service.stop();
  services = [];
  await kiosk.remove();
});

/** One start of 1.3.0 at `atMs`, updates off (boot health runs regardless). */
async function startAt(atMs: number) {
  const clock = new FakeClock(atMs);
  const host = fakeHost({ feedUrl: null });
  const log = memoryLogger();
  const service = await startService(kiosk, clock, host, log);
  services.push(service);
  const advanceTo = (ms: number) => clock.advanceTo(ms, () => service.settled());
  await advanceTo(atMs);
  return { clock, host, log, service, advanceTo };
}

const record = async () => (await loadUpdateRecord(updateStatePath(kiosk.dataDir), START)).record;

describe('boot health after an update', () => {
  it('the kiosk window’s first slide proves the new version: it stays, and becomes the one to go back to', async () => {
    const { host, log, advanceTo } = await startAt(START);
    expect(log.messages()).toContain(
      'update: 1.3.0 is new on this screen; it must show a slide within 3 minutes, or 1.2.0 comes back',
    );
    await advanceTo(START + 30 * SECOND);
    host.ready();
    await advanceTo(START + 30 * MINUTE);
    expect(log.messages()).toContain('update: 1.3.0 showed its first slide; it is now the version to go back to');
    expect(kiosk.relaunches).toEqual([]);
    expect(await readFile(kiosk.appImage.current)).toEqual(RUNNING);
    expect((await record()).bootHealth).toMatchObject({ phase: 'healthy', version: '1.3.0', goodVersion: '1.3.0' });
  });

  it('no slide within 3 minutes (a browser’s page does not count): 1.2.0 is restored, 1.3.0 marked bad', async () => {
    const { host, log, advanceTo } = await startAt(START);
    host.ready('127.0.0.1:53124');
    await advanceTo(START + 3 * MINUTE - SECOND);
    expect(kiosk.relaunches).toEqual([]);
    await advanceTo(START + 3 * MINUTE + 2 * SECOND);
    expect(kiosk.relaunches).toHaveLength(1);
    expect(await readFile(kiosk.appImage.current)).toEqual(PREVIOUS);
    expect(await readdir(kiosk.appImage.current.replace(/\/[^/]+$/, ''))).toEqual(['Pano.AppImage']);
    expect((await record()).badVersions).toEqual(['1.3.0']);
    expect(log.lines).toContainEqual({
      level: 'error',
      event: 'update-bad',
      message:
        'update: 1.3.0 did not show a slide within 3 minutes of starting; marked bad (never installed again here), going back to 1.2.0',
    });
    // A late slide changes nothing: the verdict is on disk.
    host.ready();
    await advanceTo(START + 10 * MINUTE);
    expect(kiosk.relaunches).toHaveLength(1);
  });

  it('a crash loop (three starts within 10 minutes, no slide) restores 1.2.0 at the third start', async () => {
    const first = await startAt(START);
    first.service.stop(); // the window crashes and takes the app with it; systemd starts it again
    const second = await startAt(START + 40 * SECOND);
    second.service.stop();
    expect(kiosk.relaunches).toEqual([]);
    const third = await startAt(START + 80 * SECOND);
    expect(kiosk.relaunches).toHaveLength(1);
    expect(await readFile(kiosk.appImage.current)).toEqual(PREVIOUS);
    expect((await record()).badVersions).toEqual(['1.3.0']);
    expect(third.log.messages()).toContain(
      'update: 1.3.0 restarted 3 times within 10 minutes without showing a slide; marked bad (never installed again here), going back to 1.2.0',
    );
  });

  it('restarts spread over more than 10 minutes are not a crash loop (a power cut now and then)', async () => {
    for (const atMs of [START, START + 6 * MINUTE, START + 12 * MINUTE]) {
      const start = await startAt(atMs);
      await start.advanceTo(atMs + 10 * SECOND);
      start.service.stop();
    }
    expect(kiosk.relaunches).toEqual([]);
    const last = await startAt(START + 18 * MINUTE);
    last.host.ready();
    await last.advanceTo(START + 30 * MINUTE);
    expect(kiosk.relaunches).toEqual([]);
    expect(await readFile(kiosk.appImage.current)).toEqual(RUNNING);
    expect((await record()).bootHealth).toMatchObject({ phase: 'healthy', version: '1.3.0' });
  });
});

/**
 * The clock jumping back an hour and forward a day: first on the page (its
 * clock through Playwright's page.clock), then on the host (its Date shifted
 * by a preloaded module, support/clock-shift.mjs: libfaketime is not
 * installed here). After each jump the screen must show a new slide soon and
 * the host must keep serving; its uptime, which is monotonic, must not jump.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Drill, DrillContext, DrillFigure, DrillResult } from '../drill';
import { drillPlaylist } from './support/good-content';
import { countLoggedKinds, healthz, savePlaylist, setupPassword, signIn, sleep, startDrillHost } from './support/host';
import { openScreen } from './support/screen';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const JUMPS = [
  { name: 'back an hour', byMs: -HOUR_MS },
  { name: 'forward a day', byMs: DAY_MS },
];

async function clockDrill(context: DrillContext): Promise<DrillResult> {
  const figures: DrillFigure[] = [];
  const failures: string[] = [];
  const dir = await context.tempDir();
  const dataDir = join(dir, 'data');
  await mkdir(dataDir, { recursive: true });
  const clockFile = join(dir, 'host-clock-offset-ms');
  await writeFile(clockFile, '0');
  const host = await startDrillHost(dataDir, {
    env: {
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ''} --import ${join(import.meta.dirname, 'support', 'clock-shift.mjs')}`.trim(),
      PANO_DRILL_CLOCK_FILE: clockFile,
    },
  });
  await setupPassword(host);
  let session = await signIn(host);
  await savePlaylist(session, drillPlaylist('good'));
  const screen = await openScreen(host.url, (page) => page.clock.install());
  try {
    let worst = 0;
    for (const jump of JUMPS) {
      await screen.page.clock.setSystemTime(Date.now() + jump.byMs);
      const seconds = await screen.secondsUntilNewSlide(30_000);
      context.log(`page clock ${jump.name}: new slide after ${seconds ?? 'never'} s`);
      if (seconds === null) failures.push(`after the page clock jumped ${jump.name} no new slide came`);
      worst = Math.max(worst, seconds ?? 999);
    }
    await screen.page.clock.setSystemTime(Date.now());
    figures.push({
      name: 'page clock jumps: longest wait for a new slide',
      value: worst,
      unit: 's',
      limit: { max: 20 },
    });

    worst = 0;
    const uptimeBefore = (await healthz(host))?.uptimeS ?? 0;
    const wallBefore = Date.now();
    for (const [index, jump] of JUMPS.entries()) {
      await writeFile(clockFile, String(jump.byMs));
      await sleep(500);
      // A change makes the host build (and date) a new state under its shifted clock.
      let saved = await savePlaylist(session, drillPlaylist(`good-${index}`));
      if (saved.status === 401) {
        // Sessions end 24 h after sign-in by the wall clock: a day's jump ends this one, as it should.
        context.log(`host clock ${jump.name}: the console session ended (401); signing in again`);
        session = await signIn(host);
        saved = await savePlaylist(session, drillPlaylist(`good-${index}`));
      }
      if (saved.status !== 200) failures.push(`saving with the host clock ${jump.name} answered ${saved.status}`);
      const seconds = await screen.secondsUntilNewSlide(30_000);
      const showing = await screen.current();
      context.log(`host clock ${jump.name}: new slide after ${seconds ?? 'never'} s, showing ${showing ?? 'nothing'}`);
      if (seconds === null) failures.push(`after the host clock jumped ${jump.name} no new slide came`);
      worst = Math.max(worst, seconds ?? 999);
      const second = await screen.secondsUntilNewSlide(30_000);
      if (second === null) failures.push(`after the host clock jumped ${jump.name} the screen stopped after one slide`);
      const health = await healthz(host);
      if (!health) failures.push(`/healthz did not answer with the host clock ${jump.name}`);
    }
    const uptimeAfter = (await healthz(host))?.uptimeS ?? 0;
    const uptimeDrift = Math.abs(uptimeAfter - uptimeBefore - (Date.now() - wallBefore) / 1000);
    figures.push({
      name: 'host clock jumps: longest wait for a new slide',
      value: worst,
      unit: 's',
      limit: { max: 20 },
    });
    figures.push({
      name: 'uptime faked by the clock jumps',
      value: Math.round(uptimeDrift),
      unit: 's',
      limit: { max: 5 },
    });
    for (const line of host
      .stderr()
      .split('\n')
      .filter((l) => /^pano: (warn|error)/.test(l)))
      context.log(`logged: ${line}`);
    return { figures, failures, loggedByKind: countLoggedKinds(host.stderr()) };
  } finally {
    await screen.close().catch(() => undefined);
    await host.dispose();
  }
}

export const CLOCK_DRILLS: Drill[] = [
  {
    id: 'clock-jumps',
    title: 'the clock jumps back an hour and forward a day, on the page and on the host',
    run: clockDrill,
  },
];

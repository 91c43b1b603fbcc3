/**
 * Disk faults under a running host: the data dir's disk full (a 2 MB tmpfs),
 * read-only (the tmpfs remounted read-only: chmod does not stop root), and
 * deleted outright. Through each one the operator keeps trying to save; the
 * screen must keep playing, the good content must stay on disk and be served,
 * and the host must say what is wrong.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Drill, DrillContext, DrillFigure, DrillResult } from '../drill';
import { drillPlaylist, establishGoodContent, lostContent, pictureForm } from './support/good-content';
import {
  api,
  countLoggedKinds,
  healthz,
  savePlaylist,
  setupPassword,
  signIn,
  waitFor,
  startDrillHost,
  type ApiSession,
  type HostProcess,
} from './support/host';
import { openScreen, type Screen } from './support/screen';
import { leftoverTemps } from './support/stored-files';

/** Mounts a small tmpfs at `dir`; false (with the reason logged) where mounting is not allowed. */
function mountTmpfs(dir: string, context: DrillContext, sizeMb = 2): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir], { stdio: 'pipe' });
    return true;
  } catch (error) {
    context.log(`cannot mount a tmpfs here (${(error as Error).message.split('\n')[0]})`);
    return false;
  }
}

function unmount(dir: string): void {
  try {
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
  } catch {
    // already gone
  }
}

/** The operator's attempts during a fault: each answer, and whether it said what is wrong. */
async function operatorTries(session: ApiSession): Promise<Array<{ what: string; status: number; text: string }>> {
  const tries: Array<{ what: string; status: number; text: string }> = [];
  const saved = await savePlaylist(session, drillPlaylist('during-fault')).catch((e: Error) => ({
    status: 0,
    text: e.message,
  }));
  tries.push({ what: 'playlist save', ...saved });
  const settings = await api(session, 'PATCH', '/api/settings', { showClock: true }).catch((e: Error) => ({
    status: 0,
    text: e.message,
  }));
  tries.push({ what: 'settings save', status: settings.status, text: settings.text });
  const upload = await api(session, 'POST', '/api/media', await pictureForm('trong-su-co.jpg')).catch((e: Error) => ({
    status: 0,
    text: e.message,
  }));
  tries.push({ what: 'media upload', status: upload.status, text: upload.text });
  return tries;
}

interface FaultRun {
  id: string;
  title: string;
  /** Applies the fault to the data dir of a running host; returns how (for the log) and an undo. */
  apply(dataDir: string, mountDir: string, context: DrillContext): Promise<{ how: string; undo: () => Promise<void> }>;
  /** What a log line or an API answer naming this fault looks like. */
  named: RegExp;
  /** Whether saving is expected to succeed again after the undo. */
  recovers: boolean;
  /** The good content is expected on disk afterwards (not when the drill deleted the disk itself). */
  keepsDisk: boolean;
}

async function runDiskFault(fault: FaultRun, context: DrillContext): Promise<DrillResult> {
  const figures: DrillFigure[] = [];
  const failures: string[] = [];
  const mountDir = join(await context.tempDir(), 'disk');
  await mkdir(mountDir, { recursive: true });
  const mounted = fault.id === 'disk-full' && mountTmpfs(mountDir, context);
  if (fault.id === 'disk-full' && !mounted) {
    return { figures, failures: [`${fault.id}: a tmpfs could not be mounted, so the fault could not be made`] };
  }
  figures.push({ name: 'data dir on a 2 MB tmpfs (1), else a plain folder (0)', value: mounted ? 1 : 0, unit: '' });
  const dataDir = join(mountDir, 'data');
  await mkdir(dataDir, { recursive: true });
  let host: HostProcess | null = null;
  let screen: Screen | null = null;
  let undo: (() => Promise<void>) | null = null;
  try {
    host = await startDrillHost(dataDir);
    const { session, good } = await establishGoodContent(host);
    screen = await openScreen(host.url);
    const logBefore = host.stderr().length;
    const applied = await fault.apply(dataDir, mountDir, context);
    undo = applied.undo;
    context.log(`fault made: ${applied.how}`);

    const tries = await operatorTries(session);
    const refusedClearly = tries.filter((t) => t.status >= 400 && fault.named.test(t.text));
    for (const attempt of tries)
      context.log(`${attempt.what} during the fault: ${attempt.status} ${attempt.text.slice(0, 160)}`);
    const silentlyAccepted = tries.filter((t) => t.status >= 200 && t.status < 300);
    figures.push({
      name: 'operator saves refused with a message naming the fault',
      value: refusedClearly.length,
      unit: `of ${tries.length}`,
      ...(fault.recovers && fault.keepsDisk ? { limit: { min: tries.length } } : {}),
    });
    if (fault.keepsDisk)
      for (const attempt of silentlyAccepted)
        failures.push(`${attempt.what} answered ${attempt.status} although the disk could not take it`);

    const newSlideS = await screen.secondsUntilNewSlide(30_000);
    figures.push({
      name: 'seconds until a new slide after the fault',
      value: newSlideS ?? 999,
      unit: 's',
      limit: { max: 20 },
    });
    // The host notices some faults only at its next look (the playlist folder is re-checked every few seconds).
    await waitFor(async () => (fault.named.test(host?.stderr().slice(logBefore) ?? '') ? true : undefined), 15_000);
    const showing = await screen.current();
    if (!showing?.startsWith('good-')) failures.push(`the screen shows ${showing ?? 'nothing'}, not the good playlist`);
    const health = await healthz(host, 10_000, (problem) => context.log(problem));
    if (!health) failures.push('/healthz did not answer during the fault');
    if (fault.keepsDisk) {
      const served = await api(session, 'GET', '/api/playlist');
      if (!served.text.includes('"good-1"')) failures.push('GET /api/playlist no longer serves the good playlist');
    } else if (health && (health.playlist.items !== 3 || !fault.named.test(health.playlist.problem ?? ''))) {
      // With auth.json gone too the API is closed (sessions end with the password file): /healthz must tell.
      failures.push(
        `/healthz does not show the good playlist held with the fault named (${health.playlist.origin}, ${health.playlist.items} items, problem: ${health.playlist.problem ?? 'none'})`,
      );
    }

    const logged = host.stderr().slice(logBefore);
    const namingLines = logged.split('\n').filter((line) => fault.named.test(line));
    figures.push({
      name: 'host log lines naming the fault',
      value: namingLines.length,
      unit: 'lines',
      limit: { min: 1 },
    });
    for (const line of namingLines.slice(0, 3)) context.log(`logged: ${line}`);
    if (health)
      context.log(
        `/healthz during the fault: status ${health.status}, playlist ${health.playlist.origin} (${health.playlist.problem ?? 'no problem'})`,
      );
    const status = await api(session, 'GET', '/api/status').catch(() => null);
    const recent = ((status?.body as { recentErrors?: Array<{ message: string }> } | null)?.recentErrors ?? []).filter(
      (entry) => fault.named.test(entry.message),
    );
    if (fault.keepsDisk) {
      figures.push({
        name: 'console status errors naming the fault',
        value: recent.length,
        unit: 'entries',
        limit: { min: 1 },
      });
      // Monitoring reads /healthz: its write check of the data dir (at most every 10 s) must degrade it.
      const told = await waitFor(async () => {
        const now = await healthz(host as HostProcess);
        return now?.status === 'degraded' && fault.named.test(now.dataDir.problem ?? '') ? now : undefined;
      }, 30_000);
      if (told) context.log(`/healthz names it: ${told.dataDir.problem ?? ''}`);
      figures.push({ name: '/healthz degraded, naming the fault', value: told ? 1 : 0, unit: '', limit: { min: 1 } });
    }

    if (fault.keepsDisk) {
      const lost = await lostContent(dataDir, good);
      figures.push({ name: 'good content lost', value: lost.length, unit: 'files', limit: { max: 0 } });
      failures.push(...lost.map((l) => `after the fault: ${l}`));
    }
    await undo();
    undo = null;
    if (fault.recovers) {
      // With the data dir deleted the password went too: the operator sets one again (loopback), as the console offers.
      const again = fault.keepsDisk ? session : await setupPassword(host).then(() => signIn(host as HostProcess));
      const after = await savePlaylist(again, drillPlaylist('after-fault'));
      figures.push({
        name: 'playlist save works once the fault is gone',
        value: after.status === 200 ? 1 : 0,
        unit: '',
        limit: { min: 1 },
      });
    }
    // Read once the host has stopped as a kiosk's shutdown stops it: a write still under way is no leftover.
    const loggedByKind = countLoggedKinds(host.stderr());
    await host.stop();
    const temps = await leftoverTemps(dataDir);
    if (temps.length > 0) context.log(`temporary files left: ${temps.join(', ')}`);
    figures.push({ name: 'temporary files left', value: temps.length, unit: 'files', limit: { max: 0 } });
    return { figures, failures, loggedByKind };
  } finally {
    await screen?.close().catch(() => undefined);
    await host?.dispose().catch(() => undefined);
    if (undo) await undo().catch(() => undefined);
    if (mounted) unmount(mountDir);
  }
}

const DISK_FULL: FaultRun = {
  id: 'disk-full',
  title: 'the data dir disk fills up (2 MB tmpfs) while the operator saves',
  async apply(_dataDir, mountDir) {
    const filler = join(mountDir, 'filler.bin');
    // Fill to the last byte: dd stops with ENOSPC, which is the point.
    try {
      execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=64k'], { stdio: 'pipe' });
    } catch {
      // "No space left on device": expected
    }
    return { how: 'tmpfs filled to the last byte with dd', undo: () => rm(filler, { force: true }) };
  },
  named: /no space|disk is full|disk full|ENOSPC/i,
  recovers: true,
  keepsDisk: true,
};

const READ_ONLY: FaultRun = {
  id: 'disk-read-only',
  title: 'the data dir turns read-only (a read-only bind mount) while the operator saves',
  async apply(dataDir) {
    // A remount of the whole tmpfs is refused while the host has files open for writing ("busy"); a read-only
    // bind mount over the data dir is what a failing disk looks like to every new write, and root cannot bypass it.
    execFileSync('mount', ['--bind', dataDir, dataDir], { stdio: 'pipe' });
    execFileSync('mount', ['-o', 'remount,bind,ro', dataDir], { stdio: 'pipe' });
    return {
      how: 'read-only bind mount over the data dir (chmod would not stop root)',
      undo: async () => void execFileSync('umount', ['-l', dataDir], { stdio: 'pipe' }),
    };
  },
  named: /read-only|EROFS/i,
  recovers: true,
  keepsDisk: true,
};

const DELETED: FaultRun = {
  id: 'data-dir-deleted',
  title: 'the data dir is deleted (rm -rf) under the running host',
  async apply(dataDir) {
    await rm(dataDir, { recursive: true, force: true });
    return { how: `rm -rf ${dataDir}`, undo: async () => undefined };
  },
  named: /deleted|removed|missing|ENOENT|gone|does not exist/i,
  recovers: true,
  keepsDisk: false,
};

/** The three disk drills. */
export const DISK_DRILLS: Drill[] = [DISK_FULL, READ_ONLY, DELETED].map((fault) => ({
  id: fault.id,
  title: fault.title,
  run: (context) => runDiskFault(fault, context),
}));

/**
 * Process faults on the host: SIGKILL at random moments while the operator
 * saves playlists, settings and uploads and the host writes its own state
 * (rotation anchor, feed cache), then a restart, many times over; and a
 * restart loop of hosts started and killed within seconds. Every stored file
 * must parse and hold the old or the new good content, the host must start
 * each time, and interrupted writes must not pile up temporary files.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Drill, DrillContext, DrillFigure, DrillResult } from '../drill';
import { goodFeed, startFeedServer } from '../../tests/support/feed-server';
import {
  drillAnnouncement,
  drillPlaylist,
  establishGoodContent,
  lostContent,
  pictureForm,
  type GoodCopy,
} from './support/good-content';
import {
  api,
  DRILL_PASSWORD,
  healthz,
  savePlaylist,
  signIn,
  sleep,
  startDrillHost,
  type HostProcess,
} from './support/host';
import { checkStoredFiles, leftoverTemps } from './support/stored-files';
import { REPO_ROOT } from '../../tests/support/host-process';
import { authFilePath, readPasswordHash } from '../../main/services/auth/auth-file';
import { verifyPassword } from '../../main/services/auth/password-hash';

/** Writes as an operator would, as fast as the host answers, until `stop()`; returns the playlist tags sent. */
function operatorWrites(host: HostProcess, round: number): { sent: Set<string>; stop: () => Promise<void> } {
  const sent = new Set<string>();
  let running = true;
  const loop = (async () => {
    const session = await signIn(host).catch(() => null);
    if (!session) return;
    for (let step = 0; running; step++) {
      const tag = `r${round}s${step}`;
      try {
        if (step % 4 === 0) {
          sent.add(tag);
          await savePlaylist(session, drillPlaylist(tag, 2 + (step % 5)));
        } else if (step % 4 === 1) {
          await api(session, 'PATCH', '/api/settings', { displayIndex: step % 17, showClock: step % 2 === 0 });
        } else if (step % 4 === 2) {
          await api(session, 'POST', '/api/announcements', drillAnnouncement(`tb-${step % 5}`));
        } else {
          await api(session, 'POST', '/api/media', await pictureForm(`anh-${tag}.jpg`));
        }
      } catch {
        return; // the host was killed mid-request
      }
    }
  })();
  return {
    sent,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

function killed(host: HostProcess): Promise<void> {
  return new Promise((resolve) => {
    if (host.child.exitCode !== null || host.child.signalCode !== null) return resolve();
    host.child.once('exit', () => resolve());
    host.child.kill('SIGKILL');
  });
}

/** The tag of the playlist on disk (its first item id without the suffix), or null. */
async function playlistTag(dataDir: string): Promise<string | null> {
  try {
    const parsed = JSON.parse(await readFile(join(dataDir, 'playlist.json'), 'utf8')) as {
      items: Array<{ id: string }>;
    };
    return parsed.items[0]?.id.replace(/-1$/, '') ?? null;
  } catch {
    return null;
  }
}

async function killDrill(context: DrillContext): Promise<DrillResult> {
  const figures: DrillFigure[] = [];
  const failures: string[] = [];
  const rounds = context.short ? 5 : 40;
  const feed = await startFeedServer({ feed: goodFeed(3, 'tốt') });
  const dataDir = join(await context.tempDir(), 'data');
  await mkdir(dataDir, { recursive: true });
  const args = ['--feed-url', feed.url()];
  let host = await startDrillHost(dataDir, { args });
  let good: GoodCopy;
  try {
    ({ good } = await establishGoodContent(host));
  } finally {
    await host.stop();
  }
  const everSent = new Set<string>(['good']);
  let survived = 0;
  let filesChecked = 0;
  let notOldOrNew = 0;
  let maxTemps = 0;
  try {
    for (let round = 1; round <= rounds; round++) {
      host = await startDrillHost(dataDir, { args }).catch((error: Error) => {
        failures.push(`round ${round}: the host did not start after a kill: ${error.message.split('\n')[0]}`);
        return null as unknown as HostProcess;
      });
      if (!host) break;
      const health = await healthz(host, 10_000);
      if (health?.playlist.origin !== 'file')
        failures.push(
          `round ${round}: after the kill the playlist in force is "${health?.playlist.origin ?? '?'}" (${health?.playlist.problem ?? ''})`,
        );
      const writes = operatorWrites(host, round);
      // The feed changes every round, so the feed cache is rewritten under the kill too.
      feed.setFeed(goodFeed(3, `tốt ${round}`).replace('<rss ', `<!-- ${round} -->\n<rss `));
      host.child.kill('SIGHUP');
      await sleep(150 + Math.random() * 1500);
      await killed(host);
      await writes.stop();
      for (const tag of writes.sent) everSent.add(tag);
      survived += 1;
      const { checked, problems } = await checkStoredFiles(dataDir);
      filesChecked += checked;
      for (const problem of problems) failures.push(`round ${round}, after SIGKILL: ${problem}`);
      const tag = await playlistTag(dataDir);
      if (tag === null || !everSent.has(tag)) {
        notOldOrNew += 1;
        failures.push(
          `round ${round}: playlist.json holds "${tag ?? 'nothing readable'}", neither an old nor a new save`,
        );
      }
      const lost = (await lostContent(dataDir, good)).filter(
        (l) => !l.startsWith('playlist.json') && !l.startsWith('settings.json'),
      );
      for (const l of lost) failures.push(`round ${round}: ${l}`);
      maxTemps = Math.max(maxTemps, (await leftoverTemps(dataDir)).length);
    }
    const passwordRounds = context.short ? 3 : 15;
    const passwords = await passwordKills(dataDir, passwordRounds, failures);
    const passwordsKept = passwords.survived;
    figures.push({
      name: 'set-password runs that finished before their kill',
      value: passwords.completed,
      unit: 'runs',
    });
    figures.push({
      name: 'set-password SIGKILLs leaving a usable old or new password',
      value: passwordsKept,
      unit: 'kills',
      limit: { min: passwordRounds },
    });
    host = await startDrillHost(dataDir, { args });
    const final = await healthz(host, 10_000);
    if (!final || final.playlist.origin !== 'file')
      failures.push('the host after the last kill does not play playlist.json');
    await host.stop();
  } finally {
    await host.dispose().catch(() => undefined);
    await feed.close();
  }
  figures.push({ name: 'SIGKILLs during writes survived', value: survived, unit: 'kills', limit: { min: rounds } });
  figures.push({ name: 'stored files checked after the kills', value: filesChecked, unit: 'files' });
  figures.push({
    name: 'playlist.json neither old nor new after a kill',
    value: notOldOrNew,
    unit: 'kills',
    limit: { max: 0 },
  });
  figures.push({
    name: 'good content lost (auth, picture)',
    value: failures.filter((f) => /gone|changed/.test(f)).length,
    unit: 'files',
    limit: { max: 0 },
  });
  figures.push({ name: 'most temporary files left at once (swept after a minute)', value: maxTemps, unit: 'files' });
  return { figures, failures };
}

/**
 * `npm run set-password` killed at random moments while it hashes and writes DATA/auth.json: afterwards the
 * file must hold a usable hash that one of the passwords given (the old or a new one) opens.
 */
async function passwordKills(
  dataDir: string,
  rounds: number,
  failures: string[],
): Promise<{ survived: number; completed: number }> {
  const given = [DRILL_PASSWORD];
  let survived = 0;
  let completed = 0;
  for (let round = 1; round <= rounds; round++) {
    const password = `Mật khẩu diễn tập số ${round}`;
    given.push(password);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join('scripts', 'set-password.ts'), '--data-dir', dataDir],
      {
        cwd: REPO_ROOT,
        stdio: ['pipe', 'ignore', 'ignore'],
      },
    );
    child.stdin.end(`${password}\n`);
    let finished = false;
    const exited = new Promise<void>((resolve) =>
      child.once('exit', (code) => {
        finished = code === 0;
        resolve();
      }),
    );
    // The whole run (tsx start, scrypt, write) takes about 0.7 s here: the kills land before, during and after the write.
    await sleep(150 + Math.random() * 750);
    child.kill('SIGKILL');
    await exited;
    if (finished) completed += 1;
    const stored = readPasswordHash(authFilePath(dataDir));
    if (!stored) {
      failures.push(`set-password killed (round ${round}): auth.json holds no usable password hash`);
      continue;
    }
    let opens = false;
    for (const candidate of given) if (await verifyPassword(candidate, stored)) opens = true;
    if (opens) survived += 1;
    else failures.push(`set-password killed (round ${round}): no password given so far opens auth.json`);
  }
  return { survived, completed };
}

async function restartLoopDrill(context: DrillContext): Promise<DrillResult> {
  const figures: DrillFigure[] = [];
  const failures: string[] = [];
  const rounds = context.short ? 5 : 40;
  const dataDir = join(await context.tempDir(), 'data');
  await mkdir(dataDir, { recursive: true });
  let host = await startDrillHost(dataDir);
  const { good } = await establishGoodContent(host).finally(() => host.stop());
  let started = 0;
  let maxStartS = 0;
  for (let round = 1; round <= rounds; round++) {
    const at = Date.now();
    try {
      host = await startDrillHost(dataDir);
    } catch (error) {
      failures.push(`restart ${round}: the host did not start: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    started += 1;
    maxStartS = Math.max(maxStartS, (Date.now() - at) / 1000);
    await sleep(Math.random() * 1200);
    if (round % 3 === 0) await host.stop();
    else await killed(host);
  }
  const { checked, problems } = await checkStoredFiles(dataDir);
  failures.push(...problems.map((p) => `after the restart loop: ${p}`));
  const lost = await lostContent(dataDir, good);
  failures.push(...lost.map((l) => `after the restart loop: ${l}`));
  host = await startDrillHost(dataDir);
  const health = await healthz(host, 10_000);
  if (health?.playlist.origin !== 'file') failures.push('after the restart loop playlist.json is not what plays');
  await host.stop();
  const temps = await leftoverTemps(dataDir);
  figures.push({
    name: 'restarts (SIGKILL, every third SIGTERM)',
    value: started,
    unit: 'starts',
    limit: { min: rounds },
  });
  figures.push({ name: 'slowest start to ready', value: Math.round(maxStartS * 10) / 10, unit: 's' });
  figures.push({ name: 'stored files checked', value: checked, unit: 'files' });
  figures.push({ name: 'good content lost', value: lost.length, unit: 'files', limit: { max: 0 } });
  figures.push({ name: 'temporary files left', value: temps.length, unit: 'files', limit: { max: 0 } });
  return { figures, failures };
}

export const KILL_DRILLS: Drill[] = [
  {
    id: 'kill-during-writes',
    title: 'SIGKILL of the host at random moments while everything it stores is being written',
    run: killDrill,
  },
  { id: 'restart-loop', title: 'the host started and killed again and again within seconds', run: restartLoopDrill },
];

/**
 * Each stored file truncated, zeroed or replaced by garbage while the host is
 * down, then the host started: it must start, play the last good content it
 * can still find (for playlist.json: state/last-good-playlist.json; for
 * state/remote-playlist.json with its server unreachable: playlist.json), keep
 * a copy of what it could not read, and name the damaged file in its log.
 */
import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Drill, DrillContext, DrillFigure, DrillResult } from '../drill';
import { goodFeed, startFeedServer } from '../../tests/support/feed-server';
import { drillAnnouncement, drillPlaylist, establishGoodContent } from './support/good-content';
import { api, countLoggedKinds, healthz, signIn, startDrillHost, waitFor } from './support/host';
import { playRemotePlaylist, startRemotePlaylistServer } from './support/remote-playlist-server';

type Damage = 'truncated' | 'zeroed' | 'garbage';
const DAMAGES: Damage[] = ['truncated', 'zeroed', 'garbage'];

/** The files a stopped host leaves that a restart reads (announcements.json only once one was made). */
const TARGETS = [
  'playlist.json',
  'announcements.json',
  'settings.json',
  'auth.json',
  'state/last-good-playlist.json',
  'state/rotation.json',
  'state/feed.json',
  'media/.index.json',
];

/**
 * The saved copy of a remote playlist exists only while settings.remotePlaylist.url is set, and then the remote
 * playlist (not playlist.json) plays after every restart. So it is damaged in a data dir of its own, made from
 * the pristine one plus a remote playlist fetched once, and the other files keep their pristine expectations.
 */
const REMOTE_TARGET = 'state/remote-playlist.json';

/** Files whose damaged bytes must survive (as they were or as a copy): the operator's, and the only copy of what
 * a remote server once sent (that server may never answer again). Derived ones may simply be rebuilt. */
const KEEP_WHEN_DAMAGED = ['playlist.json', 'settings.json', 'auth.json', 'announcements.json', REMOTE_TARGET];

/**
 * Copies `pristine` and has a host on the copy fetch and play a remote playlist from 127.0.0.1 (drillPlaylist
 * 'remote', three items), then stops both. Resolves to the copy.
 */
async function withRemotePlaylistPlayed(context: DrillContext, pristine: string): Promise<string> {
  const dataDir = join(await context.tempDir(), 'pristine-remote');
  await cp(pristine, dataDir, { recursive: true });
  const server = await startRemotePlaylistServer(drillPlaylist('remote'));
  const host = await startDrillHost(dataDir);
  try {
    await playRemotePlaylist(host, await signIn(host), server.url, 3);
  } finally {
    await host.stop();
    await server.close();
  }
  if (!(await stat(join(dataDir, REMOTE_TARGET)).catch(() => null)))
    throw new Error(`the host played a remote playlist but left no ${REMOTE_TARGET}`);
  return dataDir;
}

function damaged(bytes: Buffer, damage: Damage): Buffer {
  if (damage === 'truncated') return bytes.subarray(0, Math.floor(bytes.length / 2));
  if (damage === 'zeroed') return Buffer.alloc(bytes.length);
  return Buffer.from('\u0000\u00ff<html><body>502 Bad Gateway</body></html>\u0007garbage', 'latin1');
}

async function corruptionDrill(context: DrillContext): Promise<DrillResult> {
  const figures: DrillFigure[] = [];
  const failures: string[] = [];
  const pristine = join(await context.tempDir(), 'pristine');
  // A feed and an announcement too, so state/feed.json and announcements.json are there to damage.
  const feed = await startFeedServer({ feed: goodFeed(3, 'tốt') });
  let host = await startDrillHost(pristine, { args: ['--feed-url', feed.url()] });
  try {
    const { session } = await establishGoodContent(host);
    const announced = await api(session, 'POST', '/api/announcements', drillAnnouncement('thong-bao'));
    if (announced.status !== 200)
      failures.push(`making an announcement answered ${announced.status}: ${announced.text}`);
    await waitFor(async () => ((await healthz(host))?.feed.lastSuccessAt ? true : undefined), 30_000);
  } finally {
    await host.stop();
    await feed.close();
  }
  const pristineRemote = await withRemotePlaylistPlayed(context, pristine);
  const present: string[] = [];
  for (const target of TARGETS) if (await stat(join(pristine, target)).catch(() => null)) present.push(target);
  const cases = [
    ...present.map((target) => ({ target, from: pristine })),
    { target: REMOTE_TARGET, from: pristineRemote },
  ];
  context.log(`stored files to damage: ${cases.map((c) => c.target).join(', ')}`);
  const goodPlaylist = await readFile(join(pristine, 'playlist.json'), 'utf8');
  const remoteSettings = await readFile(join(pristineRemote, 'settings.json'), 'utf8');
  // The remote playlist's server stays down from here on, so a restart can only play what is on disk. With it
  // up, the host would refetch at start and play a fresh copy whether the damaged one was refused, ignored or
  // half-read: the drill would prove nothing about the stored copy, which exists for starts without network.
  // Control: undamaged, the stored copy plays with its server down (else the damage runs below mean nothing).
  const control = await startDrillHost(await copyOf(context, pristineRemote));
  const controlHealth = await healthz(control, 10_000).finally(() => control.stop());
  if (controlHealth?.playlist.origin !== 'remote' || controlHealth.playlist.items !== 3)
    failures.push(
      `undamaged, ${REMOTE_TARGET} did not play with its server down (the host plays ` +
        `${controlHealth?.playlist.origin ?? '?'}), so its damage runs prove nothing`,
    );
  let runs = 0;
  let started = 0;
  let named = 0;
  let playedGood = 0;
  let copiesKept = 0;
  let remoteRuns = 0;
  let remoteNamedInHealth = 0;
  const loggedByKind: Record<string, number> = {};
  for (const [index, { target, from }] of cases.entries()) {
    const damages = context.short ? [DAMAGES[index % DAMAGES.length] as Damage] : DAMAGES;
    for (const damage of damages) {
      runs += 1;
      const dataDir = await copyOf(context, from);
      const original = await readFile(join(dataDir, target));
      await writeFile(join(dataDir, target), damaged(original, damage));
      const what = `${target} ${damage}`;
      try {
        host = await startDrillHost(dataDir);
      } catch (error) {
        failures.push(
          `${what}: the host did not start (${(error as Error).message.split('\n').slice(0, 3).join(' ')})`,
        );
        continue;
      }
      started += 1;
      const health = await healthz(host, 10_000, (problem) => failures.push(`${what}: ${problem}`));
      const plays = health ? `${health.playlist.origin} (${health.playlist.items} items)` : 'unknown';
      // What a viewer sees: the good three slides, whichever copy they came from.
      const expectedOrigin = target === 'playlist.json' ? 'last-good' : 'file';
      const good = health?.playlist.items === 3 && health.playlist.origin === expectedOrigin;
      if (good) playedGood += 1;
      else failures.push(`${what}: the host plays ${plays}, not the good playlist`);
      const base = target.split('/').pop() as string;
      const naming = host
        .stderr()
        .split('\n')
        .filter((line) => line.includes(base));
      const mustKeep = KEEP_WHEN_DAMAGED.includes(target);
      if (naming.length > 0) named += 1;
      else failures.push(`${what}: nothing in the log names ${base}`);
      context.log(`${what}: plays ${plays}; ${naming[0]?.slice(0, 200) ?? 'not named in the log'}`);
      // "Pano never rewrites a file it found invalid without keeping a copy."
      const folder = join(dataDir, target.includes('/') ? (target.split('/')[0] as string) : '.');
      const names = await readdir(folder);
      const stillThere = await readFile(join(dataDir, target)).catch(() => null);
      const kept =
        (stillThere && stillThere.equals(damaged(original, damage))) ||
        names.some((n) => n.startsWith(`${base}.`) && n !== base && !n.endsWith('.tmp'));
      if (kept) copiesKept += 1;
      else if (mustKeep) failures.push(`${what}: the damaged file was replaced without keeping a copy`);
      if (target !== 'playlist.json') {
        const nowPlaylist = await readFile(join(dataDir, 'playlist.json'), 'utf8');
        if (nowPlaylist !== goodPlaylist) failures.push(`${what}: playlist.json changed`);
      }
      if (target === REMOTE_TARGET) {
        remoteRuns += 1;
        // The operator's choice of a remote playlist outlives the loss of its stored copy,
        if ((await readFile(join(dataDir, 'settings.json'), 'utf8')) !== remoteSettings)
          failures.push(`${what}: settings.json changed (the remote playlist URL must stay set)`);
        // and /healthz says why playlist.json plays instead (once the host has tried the unreachable server).
        const told = await waitFor(async () => {
          const problem = (await healthz(host))?.playlist.problem;
          return problem && /remote playlist/.test(problem) ? problem : undefined;
        }, 15_000);
        if (told) remoteNamedInHealth += 1;
        else failures.push(`${what}: /healthz does not say why the remote playlist is not playing`);
      }
      countLoggedKinds(host.stderr(), loggedByKind);
      await host.stop();
    }
  }
  figures.push({ name: 'damaged-file restarts', value: runs, unit: 'starts' });
  figures.push({ name: 'host started despite the damage', value: started, unit: 'starts', limit: { min: runs } });
  figures.push({
    name: 'good playlist played after the damage',
    value: playedGood,
    unit: 'starts',
    limit: { min: runs },
  });
  figures.push({ name: 'damaged file named in the log', value: named, unit: 'starts', limit: { min: runs } });
  figures.push({ name: 'damaged file kept (as it was or as a copy)', value: copiesKept, unit: 'starts' });
  figures.push({
    name: 'remote playlist copy damaged: /healthz says why playlist.json plays',
    value: remoteNamedInHealth,
    unit: 'starts',
    limit: { min: remoteRuns },
  });
  return { figures, failures, loggedByKind };
}

/** A fresh copy of `from` to damage. */
async function copyOf(context: DrillContext, from: string): Promise<string> {
  const dataDir = join(await context.tempDir(), 'data');
  await cp(from, dataDir, { recursive: true });
  return dataDir;
}

export const CORRUPTION_DRILLS: Drill[] = [
  {
    id: 'stored-files-damaged',
    title: 'each stored file truncated, zeroed or replaced by garbage, then the host restarted',
    run: corruptionDrill,
  },
];

/**
 * Network faults: every feed fault of the news issue served by the feed
 * fault fixture (tests/support/feed-server.ts) to a running host, a feed whose
 * host name does not resolve, and a Wi-Fi captive portal answering 200 with
 * its login page for the feed and the remote playlist — both one never good
 * and one that played before the portal came. None may replace good content;
 * each must be named in /healthz and the log; the screen plays on.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Drill, DrillContext, DrillFigure, DrillResult } from '../drill';
import {
  goodFeed,
  startFeedServer,
  type FeedServerMode,
  type FeedServerModeOptions,
} from '../../tests/support/feed-server';
import {
  countLoggedKinds,
  healthz,
  signIn,
  setupPassword,
  api,
  startDrillHost,
  waitFor,
  type ApiSession,
  type HostProcess,
} from './support/host';
import { drillPlaylist, writeGoodPlaylist } from './support/good-content';
import { playRemotePlaylist, startRemotePlaylistServer } from './support/remote-playlist-server';
import { openScreen, type Screen } from './support/screen';

interface FeedFault {
  mode: FeedServerMode;
  options?: FeedServerModeOptions;
  /** Faults the host can only give up on after its own fetch time limit. */
  slow?: boolean;
  /** A charset fault may be read correctly: then it is news, not a fault. */
  mayBeRead?: boolean;
  /** Left out of the short form (a variant of a fault it keeps). */
  fullOnly?: boolean;
}

const FEED_FAULTS: FeedFault[] = [
  { mode: 'server-error' },
  { mode: 'server-error', options: { status: 503 }, fullOnly: true },
  { mode: 'not-found' },
  { mode: 'invalid-xml' },
  { mode: 'truncated' },
  { mode: 'redirect-loop' },
  { mode: 'huge', options: { declareLength: true } },
  { mode: 'huge', options: { declareLength: false }, fullOnly: true },
  { mode: 'charset-1258-as-utf8', mayBeRead: true },
  { mode: 'charset-utf8-as-1258', mayBeRead: true, fullOnly: true },
  { mode: 'captive-portal' },
  { mode: 'hang', slow: true },
  { mode: 'drip', slow: true },
];

const NEWS_PLAYLIST = {
  version: 1,
  items: [
    { id: 'good-1', type: 'image', src: 'bk1', durationS: 3 },
    { id: 'tin', type: 'news', durationS: 3, count: 3 },
  ],
};

async function feedDrill(context: DrillContext): Promise<DrillResult> {
  const figures: DrillFigure[] = [];
  const failures: string[] = [];
  const server = await startFeedServer({ feed: goodFeed(3, 'tốt') });
  const dataDir = join(await context.tempDir(), 'data');
  await mkdir(dataDir, { recursive: true });
  await writeGoodPlaylist(dataDir);

  await writeFile(join(dataDir, 'playlist.json'), JSON.stringify(NEWS_PLAYLIST));
  const host = await startDrillHost(dataDir, { args: ['--feed-url', server.url()] });
  const screen = await openScreen(host.url);
  let version = 0;
  const fetchNow = () => host.child.kill('SIGHUP');
  const feedOf = async () => (await healthz(host, 10_000))?.feed;
  try {
    const good = await waitFor(async () => {
      const feed = await feedOf();
      return feed && feed.lastSuccessAt && !feed.lastError && feed.items > 0 ? feed : undefined;
    }, 30_000);
    if (!good) return { figures, failures: ['the host never fetched the good feed'] };
    const goodItems = good.items;
    let refused = 0;
    let kept = 0;
    let named = 0;
    let worstNewSlideS = 0;
    const faults = FEED_FAULTS.filter((fault) => !(context.short && (fault.slow || fault.fullOnly)));
    for (const fault of faults) {
      const label = `${fault.mode}${fault.options ? ` ${JSON.stringify(fault.options)}` : ''}`;
      // Good news first, in a new copy (a new ETag), so each fault meets a host holding good content.
      const prior = (await feedOf())?.lastSuccessAt ?? null;
      server.setMode('good');
      server.setFeed(goodFeed(3, `tốt ${++version}`).replace('<rss ', `<!-- ${version} -->\n<rss `));
      fetchNow();
      const before = await waitFor(async () => {
        const feed = await feedOf();
        return feed && feed.lastSuccessAt !== prior && !feed.lastError && feed.items === goodItems ? feed : undefined;
      }, 30_000);
      if (!before) {
        failures.push(`before "${label}": the host did not get the good feed back`);
        continue;
      }
      server.setMode(fault.mode, fault.options);
      const askedAt = Date.now();
      fetchNow();
      const after = await waitFor(
        async () => {
          const feed = await feedOf();
          return feed && (feed.lastError || feed.lastSuccessAt !== before.lastSuccessAt) ? feed : undefined;
        },
        fault.slow ? 150_000 : 40_000,
      );
      if (!after) {
        failures.push(`"${label}": the host's fetch never ended`);
        continue;
      }
      const seconds = Math.round((Date.now() - askedAt) / 100) / 10;
      if (after.lastError) {
        refused += 1;
        if (after.items === goodItems) kept += 1;
        else failures.push(`"${label}": the held articles went from ${goodItems} to ${after.items}`);
        if (after.lastSuccessAt !== before.lastSuccessAt) failures.push(`"${label}" counted as a success`);
        named += 1;
        context.log(`${label}: refused in ${seconds} s — ${after.lastError}`);
      } else if (fault.mayBeRead) {
        context.log(`${label}: read as news (the charset was recognised) in ${seconds} s`);
      } else {
        failures.push(`"${label}" was taken as a good feed`);
      }
      const newSlideS = await screen.secondsUntilNewSlide(20_000);
      worstNewSlideS = Math.max(worstNewSlideS, newSlideS ?? 999);
    }
    figures.push({ name: 'feed faults played', value: faults.length, unit: 'faults' });
    figures.push({
      name: 'feed faults refused and named in /healthz',
      value: named,
      unit: 'faults',
      limit: { min: refused },
    });
    figures.push({
      name: 'good articles lost to a feed fault',
      value: refused - kept,
      unit: 'faults',
      limit: { max: 0 },
    });
    figures.push({
      name: 'longest wait for a new slide after a feed fault',
      value: worstNewSlideS,
      unit: 's',
      limit: { max: 20 },
    });
    const health = await healthz(host);
    if (!health) failures.push('/healthz did not answer after the feed faults');
    return { figures, failures, loggedByKind: countLoggedKinds(host.stderr()) };
  } finally {
    await screen.close().catch(() => undefined);
    await host.dispose();
    await server.close();
  }
}

/** A host whose feed name does not resolve, and a captive portal in front of the feed and the remote playlist. */
async function dnsAndPortalDrill(context: DrillContext): Promise<DrillResult> {
  const figures: DrillFigure[] = [];
  const failures: string[] = [];
  const portal = await startFeedServer({ mode: 'captive-portal' });
  const dataDir = join(await context.tempDir(), 'data');
  await mkdir(dataDir, { recursive: true });
  await writeGoodPlaylist(dataDir);
  let host: HostProcess | null = await startDrillHost(dataDir, {
    args: ['--feed-url', 'http://pano-drill.invalid/tin-tuc.rss'],
  });
  const screen = await openScreen(host.url);
  try {
    const dns = await waitFor(async () => {
      const feed = (await healthz(host as HostProcess))?.feed;
      return feed?.lastError ? feed : undefined;
    }, 30_000);
    const dnsNamed = dns?.lastError && /DNS|could not find the server|pano-drill\.invalid/i.test(dns.lastError) ? 1 : 0;
    context.log(`unresolvable feed host: ${dns?.lastError ?? 'no error reported'}`);
    figures.push({ name: 'DNS failure named in /healthz', value: dnsNamed, unit: '', limit: { min: 1 } });
    const logged = host
      .stderr()
      .split('\n')
      .filter((l) => /DNS|could not find the server/i.test(l)).length;
    figures.push({ name: 'log lines naming the DNS failure', value: logged, unit: 'lines', limit: { min: 1 } });
    const dnsSlideS = await screen.secondsUntilNewSlide(20_000);
    figures.push({
      name: 'seconds until a new slide with the feed host unresolvable',
      value: dnsSlideS ?? 999,
      unit: 's',
      limit: { max: 20 },
    });
    await host.stop();

    // The captive portal: a hall's Wi-Fi answering every URL with its login page.
    // A picture from the web in the playlist, too: the portal answers it with its login page.
    const pictureUrl = portal.url('/images/hoi-nghi.jpg');
    const withPicture = drillPlaylist('good') as { items: object[] };
    withPicture.items.push({ id: 'good-anh', type: 'image', src: pictureUrl, durationS: 3 });
    await writeFile(join(dataDir, 'playlist.json'), JSON.stringify(withPicture, null, 2));
    host = await startDrillHost(dataDir, { args: ['--feed-url', portal.url('/tin-tuc.rss')] });
    await screen.page.goto(host.url);
    await setupPassword(host);
    const session = await signIn(host);
    const patched = await api(session, 'PATCH', '/api/settings', {
      remotePlaylist: { url: portal.url('/playlist.json'), pollIntervalMin: 1 },
    });
    if (patched.status !== 200)
      failures.push(`setting the remote playlist answered ${patched.status}: ${patched.text}`);
    const after = await waitFor(async () => {
      const health = await healthz(host as HostProcess);
      const playlistNamed = /remote playlist/i.test((host as HostProcess).stderr());
      return health?.feed.lastError && playlistNamed ? health : undefined;
    }, 40_000);
    // /healthz names a remote playlist's problem only while a remote copy plays; with none ever good, the log does.
    const playlistLine = host
      .stderr()
      .split('\n')
      .find((line) => /remote playlist/i.test(line));
    context.log(`captive portal: feed ${after?.feed.lastError ?? '-'}; playlist ${playlistLine ?? '-'}`);
    figures.push({
      name: 'captive portal named (feed in /healthz, remote playlist in the log)',
      value: (after?.feed.lastError ? 1 : 0) + (playlistLine ? 1 : 0),
      unit: 'of 2',
      limit: { min: 2 },
    });
    const cached = await readdir(join(dataDir, 'cache', 'media')).catch(() => [] as string[]);
    let htmlCached = 0;
    for (const name of cached) {
      const head = (await readFile(join(dataDir, 'cache', 'media', name)).catch(() => Buffer.alloc(0))).subarray(0, 64);
      if (/<(!doctype|html)/i.test(head.toString('latin1'))) htmlCached += 1;
    }
    figures.push({ name: 'portal pages cached as pictures', value: htmlCached, unit: 'files', limit: { max: 0 } });
    const pictureLine = host
      .stderr()
      .split('\n')
      .find((line) => line.includes('hoi-nghi.jpg'));
    context.log(`captive portal, picture: ${pictureLine ?? 'not named in the log'}`);
    figures.push({
      name: 'log lines naming the refused portal picture',
      value: pictureLine ? 1 : 0,
      unit: 'lines',
      limit: { min: 1 },
    });
    const served = await api(session, 'GET', '/api/playlist');
    const goodPlaylistServed = served.text.includes('"good-1"') && after?.playlist.origin !== 'remote';
    figures.push({
      name: 'good playlist replaced by the portal page',
      value: goodPlaylistServed ? 0 : 1,
      unit: '',
      limit: { max: 0 },
    });
    const portalSlideS = await screen.secondsUntilNewSlide(20_000);
    const showing = await screen.current();
    if (!showing?.startsWith('good-'))
      failures.push(`behind the captive portal the screen shows ${showing ?? 'nothing'}`);
    figures.push({
      name: 'seconds until a new slide behind the captive portal',
      value: portalSlideS ?? 999,
      unit: 's',
      limit: { max: 20 },
    });
    const before = await readFile(join(dataDir, 'playlist.json'), 'utf8');
    const phase = await portalAfterGoodRemote(context, host, session, screen);
    figures.push(...phase.figures);
    failures.push(...phase.failures);
    if ((await readFile(join(dataDir, 'playlist.json'), 'utf8')) !== before)
      failures.push('playlist.json changed while a remote playlist met the captive portal');
    return { figures, failures, loggedByKind: countLoggedKinds(host.stderr()) };
  } finally {
    await screen.close().catch(() => undefined);
    await host?.dispose();
    await portal.close();
  }
}

/** The remote playlist that plays before the portal comes: its item ids start with `remote-`. */
const REMOTE_ITEMS = 3;

/**
 * A remote playlist that played, then its URL behind a captive portal at the next routine poll (there is no
 * "refresh now" for the remote playlist, and a new URL would make it one never good: the phase above). The
 * screen must keep the remote items, /healthz must keep the remote playlist and name the portal, and the stored
 * copy must stay the good one.
 */
async function portalAfterGoodRemote(
  context: DrillContext,
  host: HostProcess,
  session: ApiSession,
  screen: Screen,
): Promise<{ figures: DrillFigure[]; failures: string[] }> {
  const figures: DrillFigure[] = [];
  const failures: string[] = [];
  const server = await startRemotePlaylistServer(drillPlaylist('remote'));
  try {
    await playRemotePlaylist(host, session, server.url, REMOTE_ITEMS);
    const onScreen = await waitFor(
      async () => ((await screen.current())?.startsWith('remote-') ? true : undefined),
      20_000,
    );
    if (!onScreen) failures.push(`the good remote playlist played but the screen shows ${await screen.current()}`);
    const storedFile = join(host.dataDir, 'state', 'remote-playlist.json');
    const storedGood = await readFile(storedFile, 'utf8');
    server.setMode('captive-portal');
    // pollIntervalMin is 1: the next poll comes within a minute of the good fetch.
    const portalServed = await waitFor(async () => (server.answered().portal > 0 ? true : undefined), 90_000);
    if (!portalServed) {
      failures.push(
        `the remote playlist was not polled again behind the portal (${JSON.stringify(server.answered())})`,
      );
      return { figures, failures };
    }
    // The host has the portal's page: wait until it has judged it (a problem named, or the playlist switched).
    const met =
      (await waitFor(async () => {
        const health = await healthz(host);
        return health && (health.playlist.problem || health.playlist.origin !== 'remote') ? health : undefined;
      }, 10_000)) ?? (await healthz(host));
    context.log(`remote playlist behind the portal: ${met?.playlist.origin ?? '?'}, problem: ${met?.playlist.problem}`);
    if (!met) {
      failures.push('/healthz did not answer after the remote playlist met the portal');
      return { figures, failures };
    }
    const kept = met.playlist.origin === 'remote' && met.playlist.items === REMOTE_ITEMS;
    figures.push({
      name: 'good remote playlist replaced by the portal page',
      value: kept ? 0 : 1,
      unit: '',
      limit: { max: 0 },
    });
    const portalNamed = /web page|captive portal/i.test(met.playlist.problem ?? '');
    const logLine = host
      .stderr()
      .split('\n')
      .find((line) => line.includes(server.url) && /web page|captive portal/i.test(line));
    figures.push({
      name: 'portal in front of a good remote playlist named (in /healthz, in the log)',
      value: (portalNamed ? 1 : 0) + (logLine ? 1 : 0),
      unit: 'of 2',
      limit: { min: 2 },
    });
    const stored = await readFile(storedFile, 'utf8').catch(() => '');
    const portalStored = stored !== storedGood || /<html|<!doctype/i.test(stored);
    if (portalStored) failures.push(`state/remote-playlist.json changed behind the portal: ${stored.slice(0, 120)}`);
    figures.push({
      name: 'portal pages stored as the remote playlist',
      value: portalStored ? 1 : 0,
      unit: 'files',
      limit: { max: 0 },
    });
    // /api/playlist is the console's editor of playlist.json (it never shows a remote playlist): it must be untouched.
    const editor = await api(session, 'GET', '/api/playlist');
    if (!editor.text.includes('"good-1"') || editor.text.includes('<html'))
      failures.push(`behind the portal /api/playlist answered ${editor.status}: ${editor.text.slice(0, 160)}`);
    const newSlideS = await screen.secondsUntilNewSlide(20_000);
    const showing = await screen.current();
    if (!showing?.startsWith('remote-'))
      failures.push(`behind the portal the screen left the good remote playlist for ${showing ?? 'nothing'}`);
    figures.push({
      name: 'seconds until a new slide with a good remote playlist behind the portal',
      value: newSlideS ?? 999,
      unit: 's',
      limit: { max: 20 },
    });
    return { figures, failures };
  } catch (error) {
    failures.push((error as Error).message);
    return { figures, failures };
  } finally {
    await server.close();
  }
}

export const NETWORK_DRILLS: Drill[] = [
  {
    id: 'feed-faults',
    title: 'every feed fault of the news issue, one after another, against a playing screen',
    run: feedDrill,
  },
  {
    id: 'dns-and-captive-portal',
    title: 'a feed host that does not resolve, then a captive portal answering 200 HTML for feed and remote playlist',
    run: dnsAndPortalDrill,
  },
];

/**
 * The soak drill: days of a hall's life compressed into minutes. The real
 * browser host on its own data dir, the player page in Debian Chromium under
 * Playwright's fake clock. Each simulated hour the page's clock is run for an
 * hour (every timer, animation frame and heartbeat fires) while the drill
 * does to the host, in real time, what that hour holds (plan.ts): a new
 * remote playlist, the feed flapping, banners, a host restart, a renderer
 * killed. See docs/reliability.md for what "an hour" means to each side.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/find-chromium';
import { goodFeed, startFeedServer, type FeedServer } from '../../tests/support/feed-server';
import { startHostProcess, type HostProcess } from '../../tests/support/host-process';
import { parsePrometheusText } from '../../tests/support/prometheus-text';
import type { Drill, DrillContext, DrillFigure, DrillResult } from '../drill';
import { dirSize, type DirSize } from './data-dir';
import { countWarningsAndErrors, unexpectedKinds } from './host-log';
import { setUpPassword, signIn, type Operator } from './operator';
import {
  LONG_BANNER_MS,
  reloadsDue,
  SHORT_BANNER_MS,
  SOAK_RELOAD_AT,
  soakPlan,
  soakStartMs,
  type FeedMood,
  type SoakHour,
} from './plan';
import { openScreen, type PageNavigations, type Screen } from './open-screen';
import { hourPrefix, SOAK_SLIDE_S, startPlaylistServer, type PlaylistServer } from './playlist-server';
import { crashRenderer, documentNow, measureMemory, pageNow, type PageMemory, type ScreenWatch } from './screen-probe';
import { reloadBlanksMs } from './page-reloads';
import { longestStillness, type Span } from './screen-stillness';

const HOUR_MS = 3_600_000;
/** The page clock runs an hour in steps of this much (each step is one call into the page). */
const STEP_MS = 10 * 60_000;
/** How long (real time) the page may take to show a new hour's playlist, a restarted host included. */
const NEW_PLAYLIST_WITHIN_MS = 20_000;
/**
 * A slide change is seen when the page has rendered it and the probe reported it, a little after its timer: this
 * much is allowed (one run in seven read 31.04 s for 30 s slides, so 1 s was too tight to judge by).
 */
const SEEN_SLACK_MS = 2_000;
/** How long (real time) a reloaded page may take from its new document to its first slide. */
const RELOAD_BLANK_MAX_MS = 3_000;
/** How long the end of the soak waits for streams a page just closed to leave the host's count. */
const STREAMS_SETTLE_MS = 20_000;

/**
 * Simulated hours: a full run plays the week the issue asks for (a restart and
 * a renderer kill every 12 hours), the short form (in npm test) eight hours
 * (every 4 hours). Each simulated hour costs this 2-core machine 5–10 s of
 * real time: every timer of the page fires (its 1 s watchdog tick alone 3600
 * times), so the week takes 15–30 minutes.
 */
const FULL = { hours: 7 * 24, cadence: 12 };
const SHORT = { hours: 8, cadence: 4 };

/** A picture's decode outran by the page clock, which runs hundreds of times faster than the decoder. */
const DECODE_OUTRUN = 'warn:screen-image-failed (decode timed out on the fast page clock)';

/** What the host may log while the soak does what it does; any other warning or error fails it. */
const EXPECTED_KINDS = [
  'warn:feed-unreachable', // the feed's 500 and slow hours
  'warn:feed-unusable', // its invalid hour
  'warn:screen-silent', // the renderer killed: the host notices its page went quiet
  'warn:screen-reloading', // the page's daily maintenance reload
  DECODE_OUTRUN,
];

interface Stand {
  dataDir: string;
  feed: FeedServer;
  playlists: PlaylistServer;
  hostArgs: string[];
  host: HostProcess;
  /** Counts host starts: a request cut off by a restart is no failure. */
  hostStarts: number;
  operator: Operator;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every page's own navigations (its reloads), the current page's last. */
  allNavigations: PageNavigations[];
  /** Page clock at the start of the plan's hour 0. */
  startMs: number;
  /** The page's current document, as the probe marks it (see waitForReloadedPage). */
  documentId: string | null;
  watch: ScreenWatch;
  gone: Span[];
  failures: string[];
  /** Set once the drill is measuring the end: a request cut off by the teardown is no failure. */
  closing: boolean;
  log(line: string): void;
}

export const soakDrill: Drill = {
  id: 'soak',
  title: 'days of playing compressed into minutes: playlist changes, feed flapping, banners, restarts, crashes',
  run: runSoak,
};

async function runSoak(context: DrillContext): Promise<DrillResult> {
  const { hours, cadence } = context.short ? SHORT : FULL;
  const plan = soakPlan(hours, cadence);
  const stand = await setUp(context);
  try {
    const startDir = await dirSize(stand.dataDir);
    const startedAtMs = await pageNow(stand.page);
    let startMemory: PageMemory | null = null;
    let recoveries = 0;
    let hoursDone = 0;
    // The nodes in each page's document, and the detached ones script holds, at the end of each hour it lived
    // through, to see one page accumulate them.
    const nodesByPage = new Map<Page, number[]>();
    const detachedByPage = new Map<Page, number[]>();
    for (const hour of plan) {
      recoveries += await playHour(stand, hour);
      hoursDone += 1;
      if (hour.hour === 0) startMemory = await measureMemory(stand.page, { snapshot: true });
      const { domNodes, heapMb, attachedNodes, shownNodes, snapshot } = await measureMemory(stand.page, {
        snapshot: true,
      });
      const detached = snapshot?.detachedRoots ?? Number.NaN;
      nodesByPage.set(stand.page, [...(nodesByPage.get(stand.page) ?? []), attachedNodes]);
      detachedByPage.set(stand.page, [...(detachedByPage.get(stand.page) ?? []), detached]);
      context.log(
        `hour ${hour.hour + 1} of ${hours}: ${stand.watch.seen.length} slides, ${domNodes} DOM nodes (${attachedNodes} in the document, ${shownNodes} shown, ${detached} detached held), ${heapMb.toFixed(2)} MB heap`,
      );
    }
    const endedAtMs = await pageNow(stand.page);
    const endMemory = await measureMemory(stand.page, { snapshot: true });
    const endDir = await dirSize(stand.dataDir);
    const connected = await settledScreensConnected(stand.host);
    stand.closing = true;
    const logged = await hostLogCounts(stand.dataDir);
    for (const kind of unexpectedKinds(logged, EXPECTED_KINDS))
      stand.failures.push(`the host logged ${kind} (${logged[kind]}×), which nothing in the soak should cause`);

    // A reload's document change is left out like a renderer's absence: the new document's clock is rebuilt from
    // Playwright's clock log and starts ahead of where the old one left off. Its real blank is judged on its own.
    const reloadGaps = stand.watch.reloads.map((reload) => ({ fromMs: reload.leftAtMs, toMs: reload.backAtMs }));
    const stillness = longestStillness(
      stand.watch.seen.map((s) => s.atMs),
      [...stand.gone, ...reloadGaps],
      { fromMs: stand.watch.seen[0]?.atMs ?? startedAtMs, toMs: endedAtMs },
    );
    const blanks = reloadBlanksMs(
      stand.allNavigations.flatMap((navigations) => navigations.committedRealMs),
      stand.watch.seen,
    );
    const planned = plan.filter((h) => h.host !== 'keep').length + plan.filter((h) => h.renderer !== 'keep').length;
    const first = startMemory ?? endMemory;
    const largestDocument = Math.max(0, ...[...nodesByPage.values()].flat());
    const figures: DrillFigure[] = [
      { name: 'simulated hours', value: hoursDone, unit: 'h', limit: { min: hours } },
      {
        name: 'slide changes seen on the page',
        value: stand.watch.seen.length,
        unit: 'slides',
        // Every slide of every hour, less those the renderer was down for: at least 90 % of them.
        limit: { min: Math.floor(((hours * HOUR_MS) / (SOAK_SLIDE_S * 1000)) * 0.9) },
      },
      {
        name: 'recoveries survived (host restarts + renderer kills)',
        value: recoveries,
        unit: '',
        limit: { min: planned },
      },
      {
        name: 'longest time nothing new on screen (page clock)',
        value: Math.round(stillness.longestMs) / 1000,
        unit: 's',
        limit: { max: SOAK_SLIDE_S + SEEN_SLACK_MS / 1000 },
      },
      {
        name: `nightly maintenance reloads (set to ${SOAK_RELOAD_AT})`,
        value: stand.watch.reloads.length,
        unit: 'reloads',
        // Once a night, never more: a reload the host asked for (or one a loop repeats) would show here too.
        limit: { min: reloadsDue(startedAtMs, hours), max: reloadsDue(startedAtMs, hours) },
      },
      {
        name: 'longest blank of a reload (real time, new document to its first slide)',
        value: round2(Math.max(0, ...blanks) / 1000),
        unit: 's',
        limit: { max: RELOAD_BLANK_MAX_MS / 1000 },
      },
      { name: 'JS heap after the first hour (first page)', value: round2(first.heapMb), unit: 'MB' },
      {
        name: `JS heap at the end (page opened in hour ${lastPageHour(plan)})`,
        value: round2(endMemory.heapMb),
        unit: 'MB',
        limit: { max: round2(first.heapMb * 2) },
      },
      // DOM nodes from heap snapshots: what the page really keeps, in its document or held by script. (The DevTools
      // counter also counts nodes not collected yet, and moved by hundreds between runs of one plan.)
      {
        name: 'DOM nodes kept after the first hour (first page, heap snapshot)',
        value: first.snapshot?.reachable ?? Number.NaN,
        unit: 'nodes',
      },
      {
        name: `DOM nodes kept at the end (page opened in hour ${lastPageHour(plan)}, heap snapshot)`,
        value: endMemory.snapshot?.reachable ?? Number.NaN,
        unit: 'nodes',
        // The document itself varies by hour (banners, news with or without a picture), and what unfinished
        // animations and pending picture loads hold under the fast clock varied by up to ~300 nodes between runs of
        // one plan. A slide's nodes kept per change would add thousands over the last page's hours.
        limit: { max: Math.max(first.snapshot?.reachable ?? 0, largestDocument) + 400 },
      },
      {
        // Printed: the decode cache keeps one decoded picture per picture of the rotation off the page by design.
        name: 'detached DOM nodes script holds at the end (heap snapshot)',
        value: endMemory.snapshot?.detachedRoots ?? Number.NaN,
        unit: 'nodes',
      },
      {
        // Printed, not judged: from run to run of one plan it moved between 0 and 40 an hour without a trend
        // (unfinished animations and picture loads of the fast clock); the nodes kept at the end are judged.
        name: 'detached DOM nodes one page gains per simulated hour (heap snapshot)',
        value: Math.max(0, ...[...detachedByPage.values()].map(perHourGrowth)),
        unit: 'nodes/h',
      },
      {
        // Nodes in the document, gained per hour by one page (the steepest page).
        name: 'nodes one page adds to its document per simulated hour',
        value: Math.max(0, ...[...nodesByPage.values()].map(perHourGrowth)),
        unit: 'nodes/h',
        limit: { max: 20 },
      },
      { name: 'files in the data dir at the start', value: startDir.files, unit: 'files' },
      {
        name: 'files in the data dir at the end',
        value: endDir.files,
        unit: 'files',
        limit: { max: startDir.files + 15 },
      },
      { name: 'data dir size at the start', value: mb(startDir), unit: 'MB' },
      // pano.log rotates at 5 MB (one old copy), proof of play at 5 MB × 5: 40 MB holds both, full, with room.
      { name: 'data dir size at the end', value: mb(endDir), unit: 'MB', limit: { max: 40 } },
      // Read once the page's reconnections have settled (settledScreensConnected): one page, one stream.
      {
        name: 'event streams the host holds open at the end',
        value: connected,
        unit: 'streams',
        limit: { max: 1 },
      },
    ];
    context.log(
      `longest still stretch ${(stillness.longestMs / 1000).toFixed(1)} s from ${new Date(stillness.span.fromMs).toISOString()}`,
    );
    return { figures, failures: stand.failures, loggedByKind: logged };
  } finally {
    await tearDown(stand);
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Nodes gained per hour from the second reading on (the first hour of a page fills its caches). */
function perHourGrowth(nodes: readonly number[]): number {
  if (nodes.length < 3) return 0;
  return Math.round(((nodes.at(-1) as number) - (nodes[1] as number)) / (nodes.length - 2));
}
const mb = (size: DirSize) => round2(size.bytes / 2 ** 20);

async function setUp(context: DrillContext): Promise<Stand> {
  const chromiumPath = findChromium();
  if (chromiumPath.path === null) throw new Error(chromiumPath.reason);
  const dataDir = await context.tempDir();
  const startMs = soakStartMs(Date.now());
  const feed = await startFeedServer({ feed: goodFeed(3, 'h0') });
  const playlists = await startPlaylistServer();
  const first = await startHostProcess({ dataDir, args: ['--feed-url', feed.url()] });
  // Later starts keep the port: the page reconnects to the address it was opened on.
  const hostArgs = ['--port', new URL(first.url).port, '--feed-url', feed.url()];
  await setUpPassword(first.url);
  const operator = await signIn(first.url);
  // Polls as often as the settings allow; the drill also asks for fetches through the normal paths.
  await operator.patchSettings({
    remotePlaylist: { url: playlists.urlFor(0), pollIntervalMin: 1 },
    feed: { pollIntervalMin: 1 },
    maintenance: { reloadAt: SOAK_RELOAD_AT },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath.path, args: CHROMIUM_ARGS });
  const watch: ScreenWatch = { seen: [], reloads: [] };
  const screen = await openScreen({ browser, url: first.url, atMs: startMs, watch, log: context.log });
  const stand: Stand = {
    dataDir,
    feed,
    playlists,
    hostArgs,
    host: first,
    hostStarts: 1,
    operator,
    browser,
    context: screen.context,
    page: screen.page,
    allNavigations: [],
    startMs,
    documentId: null,
    watch,
    gone: [],
    failures: [],
    closing: false,
    log: context.log,
  };
  await useScreen(stand, screen);
  await showsHour(stand, 0);
  return stand;
}

/** Makes `screen` the one the drill plays and watches. */
async function useScreen(stand: Stand, screen: Screen): Promise<void> {
  stand.context = screen.context;
  stand.page = screen.page;
  stand.allNavigations.push(screen.navigations);
  stand.documentId = (await documentNow(screen.page))?.id ?? null;
}

async function tearDown(stand: Stand): Promise<void> {
  await stand.browser.close().catch(() => undefined);
  await stand.host.stop().catch(() => undefined);
  await stand.feed.close();
  await stand.playlists.close();
}

/** Plays one simulated hour; returns how many recoveries it went through (and survived). */
async function playHour(stand: Stand, hour: SoakHour): Promise<number> {
  let recoveries = 0;
  if (hour.host !== 'keep') {
    await restartHost(stand, hour.host);
    recoveries += 1;
  }
  stand.playlists.setHour(hour.hour);
  // A new address each hour: the host fetches a changed remotePlaylist.url at once (its own poll is a minute).
  await stand.operator.patchSettings({
    remotePlaylist: { url: stand.playlists.urlFor(hour.hour), pollIntervalMin: 1 },
  });
  setFeedMood(stand, hour);
  await announce(stand, hour);
  const restartedAndBack = await showsHour(stand, hour.hour);
  if (hour.host !== 'keep' && !restartedAndBack) recoveries -= 1;

  // The page clock runs to the hour's end on the plan, not for a fixed hour: real time spent outside `runFor`
  // (heap snapshots, waits) and a reload's jump (see waitForReloadedPage) move it ahead, and the plan's hours
  // (which hour a banner or the nightly reload falls in) must stay where the plan put them.
  const hourStartMs = stand.startMs + hour.hour * HOUR_MS;
  const halfMs = hourStartMs + HOUR_MS / 2;
  const endMs = hourStartMs + HOUR_MS;
  let replaced = hour.renderer === 'keep';
  for (let nowMs = await pageNow(stand.page); nowMs < endMs; nowMs = await pageNow(stand.page)) {
    if (!replaced && nowMs >= halfMs) {
      replaced = true;
      if (await replaceRenderer(stand, hour)) recoveries += 1;
      continue;
    }
    await stand.page.clock.runFor(Math.min(STEP_MS, (replaced ? endMs : halfMs) - nowMs));
    await waitForReloadedPage(stand, hour.hour);
  }
  const banners = await stand.page.locator('[data-testid="announcement"][data-active="true"]').count();
  if (banners !== hour.bannersAtEnd)
    stand.failures.push(
      `hour ${hour.hour}: the screen showed ${banners} announcements at the end, not ${hour.bannersAtEnd}`,
    );
  return recoveries;
}

/** Waits until the page shows a slide of hour `hour`'s playlist; a failure (and false) when it does not in time. */
async function showsHour(stand: Stand, hour: number): Promise<boolean> {
  const selector = `[data-testid="slide"][data-active="true"][data-item-id^="${hourPrefix(hour)}"]`;
  try {
    // A locator, not waitForSelector: the element handle that returns is a DevTools global handle, and each one
    // kept a left slide (and its news article) alive for the rest of the page's life, as if the player leaked it.
    await stand.page.locator(selector).first().waitFor({ timeout: NEW_PLAYLIST_WITHIN_MS });
    return true;
  } catch {
    stand.failures.push(
      `hour ${hour}: the page did not show that hour's remote playlist within ${NEW_PLAYLIST_WITHIN_MS / 1000} s`,
    );
    return false;
  }
}

/**
 * When the page reloaded itself during the last step (the nightly
 * maintenance), waits in real time, the page clock running at its real pace,
 * until the new document shows a slide. Run on, the next step would play the
 * page's start-up hundreds of times faster than its fetches can answer: once
 * it left the screen still for 39 minutes of page clock, the drill's doing,
 * not the page's. The reload is seen by the document the probe marks: a new
 * one, or the old one leaving (its beforeunload came inside the step).
 */
async function waitForReloadedPage(stand: Stand, hour: number): Promise<void> {
  let document = await documentNow(stand.page);
  if (document?.id === stand.documentId && !document.leaving) return;
  const until = Date.now() + NEW_PLAYLIST_WITHIN_MS;
  while ((document === null || document.id === stand.documentId || document.leaving) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    document = await documentNow(stand.page);
  }
  try {
    if (document === null || document.id === stand.documentId) throw new Error('no new document');
    stand.documentId = document.id;
    await stand.page
      .locator('[data-testid="slide"][data-active="true"]')
      .first()
      .waitFor({ timeout: Math.max(1, until - Date.now()) });
  } catch {
    stand.failures.push(
      `hour ${hour}: the page reloaded itself and showed no slide within ${NEW_PLAYLIST_WITHIN_MS / 1000} s`,
    );
    return;
  }
  const reload = stand.watch.reloads.at(-1);
  if (reload !== undefined)
    stand.log(
      `page reloaded itself in hour ${hour} at ${new Date(reload.leftAtMs).toISOString()} (page clock); its new document's clock began ${((reload.backAtMs - reload.leftAtMs) / 1000).toFixed(1)} s later`,
    );
}

async function restartHost(stand: Stand, how: 'sigterm' | 'sigkill'): Promise<void> {
  stand.hostStarts += 1;
  if (how === 'sigterm') {
    const stopped = await stand.host.stop();
    if (stopped.code !== 0) stand.failures.push(`the host exited with ${stopped.code} on SIGTERM, not 0`);
  } else {
    stand.host.child.kill('SIGKILL');
    await stand.host.stop(); // resolves once it is gone
  }
  stand.host = await startHostProcess({ dataDir: stand.dataDir, args: stand.hostArgs });
  stand.operator = await signIn(stand.host.url);
  stand.log(`host restarted after ${how}`);
}

/** Takes the renderer down and opens the player again as a kiosk's recovery would; true when it plays again. */
async function replaceRenderer(stand: Stand, hour: SoakHour): Promise<boolean> {
  const fromMs = await pageNow(stand.page);
  if (hour.renderer === 'crash') await crashRenderer(stand.page);
  await stand.context.close();
  // A new renderer with its own clock at the wall time the old one died at; its opening ends the absence.
  const screen = await openScreen({
    browser: stand.browser,
    url: stand.host.url,
    atMs: fromMs,
    watch: stand.watch,
    log: stand.log,
  });
  stand.gone.push({ fromMs, toMs: fromMs });
  await useScreen(stand, screen);
  stand.log(`renderer ${hour.renderer === 'crash' ? 'crashed' : 'closed'} in hour ${hour.hour}, page opened again`);
  return showsHour(stand, hour.hour);
}

function setFeedMood(stand: Stand, hour: SoakHour): void {
  const moods: Record<FeedMood, () => void> = {
    'new-articles': () => {
      stand.feed.setFeed(goodFeed(3, `h${hour.hour}`));
      stand.feed.setMode('good');
    },
    'server-error': () => stand.feed.setMode('server-error'),
    slow: () => stand.feed.setMode('drip', { intervalMs: 1000 }),
    invalid: () => stand.feed.setMode('invalid-xml'),
    unchanged: () => stand.feed.setMode('good'),
  };
  moods[hour.feed]();
  // "Refresh now" as the console asks it; not awaited: a slow feed keeps the answer for as long as it drips
  // (30 s, longer than a simulated hour), and a host restarted meanwhile cuts the request off.
  const askedStart = stand.hostStarts;
  stand.operator.refreshFeed().catch((error: unknown) => {
    if (stand.closing || stand.hostStarts !== askedStart) return;
    stand.failures.push(`hour ${hour.hour}: refreshing the feed failed: ${(error as Error).message}`);
  });
}

async function announce(stand: Stand, hour: SoakHour): Promise<void> {
  if (hour.announcement === 'none') return;
  if (hour.announcement === 'remove-long-banner') return stand.operator.removeAnnouncement('soak-long');
  const nowMs = await pageNow(stand.page);
  const short = hour.announcement === 'add-short-banner';
  // Times on the page's clock: the page decides what shows, and its clock is ahead of the host's.
  await stand.operator.putAnnouncement({
    id: short ? 'soak-short' : 'soak-long',
    mode: 'banner',
    title: short ? `Thông báo giờ ${hour.hour}` : `Thông báo dài giờ ${hour.hour}`,
    body: 'Đợt chạy thử của Pano.',
    startsAt: new Date(nowMs - 1000).toISOString(),
    endsAt: new Date(nowMs + (short ? SHORT_BANNER_MS : LONG_BANNER_MS)).toISOString(),
  });
}

async function screensConnected(host: HostProcess): Promise<number> {
  const response = await fetch(`${host.url}/metrics`);
  return parsePrometheusText(await response.text()).value('pano_screens_connected');
}

/**
 * The streams the host holds once the page's last reconnections have settled. Under the fast page clock a page
 * reopens its stream every few real seconds, and a stream it just closed can still be counted for a moment; the
 * page clock stands still now, so the page opens no new one. Read until one page's one stream is left, or
 * STREAMS_SETTLE_MS (a host ping and then some) has passed: what is left then is held for good.
 */
async function settledScreensConnected(host: HostProcess): Promise<number> {
  const until = Date.now() + STREAMS_SETTLE_MS;
  let connected = await screensConnected(host);
  while (connected > 1 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    connected = await screensConnected(host);
  }
  return connected;
}

async function hostLogCounts(dataDir: string): Promise<Record<string, number>> {
  const read = (name: string) => readFile(join(dataDir, 'logs', name), 'utf8').catch(() => '');
  return countWarningsAndErrors(`${await read('pano.log.1')}\n${await read('pano.log')}`, (record) =>
    record.event === 'screen-image-failed' && record.message.includes('not decoded within')
      ? DECODE_OUTRUN
      : `${record.level}:${record.event}`,
  );
}

/** The hour the last page was opened in (0: the first page lived to the end). */
function lastPageHour(plan: readonly SoakHour[]): number {
  return plan.filter((h) => h.renderer !== 'keep').at(-1)?.hour ?? 0;
}

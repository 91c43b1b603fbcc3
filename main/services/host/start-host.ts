/**
 * One host: settings, playlist, media and the HTTP server wired together. Used
 * as it is by the browser host (`npm run serve`) and by the kiosk shell.
 */
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SSE_COMMAND_EVENT, type ScreenCommand, type ScreenReport } from '../../core/bridge';
import type { Health } from '../../core/health';
import type { PlayerState } from '../../core/player-state';
import { nextPlayerState, stateRotationKey } from '../../core/player-state-builder';
import type { Playlist } from '../../core/playlist/schema';
import type { Settings } from '../../core/settings';
import { bindRefusal } from '../auth/bind-guard';
import { createDataDirWriteCheck } from '../data-dir-write-check';
import { dataPaths } from '../data-dir';
import { openAuth } from '../auth/auth';
import { createHttpServer } from '../http/http-server';
import { createSseHub } from '../http/sse-hub';
import { createLogger, type Logger } from '../logger';
import { createMediaCatalog } from '../media/media-catalog';
import { openMediaLibrary } from '../media/media-library';
import { openPlaylistHistory } from '../playlist/playlist-history';
import { openLibraryCopies } from '../media/library-copies';
import { openRemoteImages } from '../media/remote-images';
import { openFeedService } from '../feed/feed-service';
import { openPlaylistStore, type ActivePlaylist } from '../playlist/playlist-store';
import { openRemotePlaylist } from '../playlist/remote-playlist';
import { createVideoProbe } from '../media/video-probe';
import {
  announcementStates,
  nextAnnouncementEndMs,
  openAnnouncementsStore,
} from '../announcements/announcements-store';
import { openSettingsStore } from '../settings/settings-store';
import { openDisplayPower } from '../kiosk/display-power/display-power-service';
import { sweepLeftoverTemps } from '../temp-sweep';
import { watchFolder } from '../watch-folder';
import type { HostOptions, RunningHost } from './host-api';
import { createMetrics } from './metrics';
import { openKioskMonitoring } from './kiosk-monitoring';
import { contentVersion } from './content-version';
import { folderBytes } from '../http/api/status-routes';
import { newsInputs } from './news-inputs';
import { createRotationAnchorWriter, readRotationAnchor } from './rotation-anchor-file';
import { seedSampleImages } from './sample-feed-images';
import { createScreenReportLog } from './screen-reports';
import { createVideoContext } from './video-context';

import { describeListenError, HostStartError, loadDefaultPlaylist, urlFor, usableDataDir } from './host-startup';

export { HostStartError } from './host-startup';

/** What plays instead of a remote playlist that cannot be used, in /healthz's words. */
const LOCAL_PLAYLIST_IN_WORDS: Record<ActivePlaylist['origin'], string> = {
  file: 'playlist.json',
  'last-good': 'the last good playlist',
  default: 'the bundled playlist',
};

/** Starts a host; rejects with a HostStartError whose message is meant for the operator. */
export async function startHost(options: HostOptions, logger?: Logger): Promise<RunningHost> {
  const chosen = await usableDataDir(options.dataDir);
  const dataDir = { dir: chosen.dir, problem: chosen.problem ?? options.dataDirProblem ?? null };
  const paths = dataPaths(dataDir.dir);
  const writeCheck = createDataDirWriteCheck(paths.root);
  // Beyond loopback only with an operator password: an open console on the LAN is an open screen.
  const bindProblem = bindRefusal(options.host, paths.root);
  if (bindProblem) throw new HostStartError(bindProblem);
  const fileLogger = logger ? null : createLogger({ file: paths.log });
  const log = logger ?? (fileLogger as Logger);
  if (chosen.problem) {
    log.error(
      'data-dir-unusable',
      `${dataDir.problem}; playing the bundled defaults from ${dataDir.dir} until it is fixed`,
    );
  }
  // Unfinished copies from a write cut short (power loss, SIGKILL); the files they were meant to replace are intact.
  await sweepLeftoverTemps([paths.root, join(paths.root, 'state'), join(paths.root, 'history')], log);
  const now = () => new Date();
  const startedAtMs = performance.now(); // monotonic: a clock step at boot must not fake the uptime

  const settingsStore = await openSettingsStore(paths.root, paths.settings, log, now);
  const settings = (): Settings => {
    const stored = settingsStore.get();
    return {
      ...stored,
      ...(options.timezone ? { timezone: options.timezone } : {}),
      // --feed-url names a feed for this run: the stored one's selectors belong to another page.
      ...(options.feedUrl ? { feed: { ...stored.feed, url: options.feedUrl, format: 'auto', selectors: null } } : {}),
    };
  };

  // The display sleeps outside its hours (settings.displayPower, off by default) through xset/cec-client.
  const displayPower = openDisplayPower({
    settings: () => settings().displayPower,
    timeZone: () => settings().timezone,
    logger: log,
  });

  let state: PlayerState | null = null;
  const stateListeners = new Set<(state: PlayerState) => void>();
  const commandListeners = new Set<(command: ScreenCommand) => void>();
  const remote = await openRemoteImages({
    cacheDir: paths.mediaCache,
    logger: log,
    onAvailable: () => rebuild(),
    ...(options.imageMaxEdgePx ? { maxEdgePx: options.imageMaxEdgePx } : {}),
  });
  const videos = createVideoProbe({ logger: log, onProbed: () => rebuild() });
  // Camera originals copied into DATA/media are shown through screen-sized copies in DATA/cache/library.
  const copies = await openLibraryCopies({
    libraryDir: paths.mediaLibrary,
    copiesDir: paths.libraryCopies,
    logger: log,
    onAvailable: () => rebuild(),
    ...(options.imageMaxEdgePx ? { maxEdgePx: options.imageMaxEdgePx } : {}),
  });
  const media = createMediaCatalog({
    slidesDir: join(options.assetsDir, 'slides'),
    libraryDir: paths.mediaLibrary,
    cacheDir: paths.mediaCache,
    remote,
    logger: log,
    videos,
    copies,
  });
  const defaultPlaylist = await loadDefaultPlaylist(options.assetsDir);
  const playlists = await openPlaylistStore({
    file: paths.playlist,
    lastGoodFile: paths.lastGoodPlaylist,
    defaultPlaylist,
    logger: log,
  });
  const remotePlaylist = await openRemotePlaylist({
    stateFile: join(paths.root, 'state', 'remote-playlist.json'),
    settings: () => settings().remotePlaylist,
    logger: log,
  });
  /**
   * The playlist in force: the remote one while its URL is set and a good copy is had, else playlist.json's. A
   * remote playlist set but never had good is the operator's problem to know of, though the screen plays on.
   */
  const playlistInForce = (): {
    playlist: Playlist;
    origin: ActivePlaylist['origin'] | 'remote';
    problem: string | null;
  } => {
    const fetched = remotePlaylist.current();
    const remoteError = remotePlaylist.status().lastError;
    if (fetched) return { playlist: fetched, origin: 'remote', problem: remoteError };
    const local = playlists.current();
    if (local.problem !== null || remoteError === null || settings().remotePlaylist.url === null) return local;
    return {
      ...local,
      problem: `the remote playlist cannot be used (${remoteError}); playing ${LOCAL_PLAYLIST_IN_WORDS[local.origin]}`,
    };
  };
  const announcements = await openAnnouncementsStore({
    file: join(paths.root, 'announcements.json'),
    logger: log,
    now,
  });
  let announcementTimer: NodeJS.Timeout | undefined;
  const video = createVideoContext(media, log);
  const sse = createSseHub();
  const feed = await openFeedService({
    stateFile: paths.feedState,
    sampleFile: join(options.assetsDir, 'feed', 'sample-feed.xml'),
    settings: () => ({ feed: settings().feed, timezone: settings().timezone }),
    logger: log,
  });
  const bundledFeedDir = join(options.assetsDir, 'feed');
  const seedSample = async () => {
    const snapshot = feed.current();
    if (snapshot.origin === 'sample') await seedSampleImages(snapshot.articles, bundledFeedDir, remote);
  };
  await seedSample();

  const savedAnchor = await readRotationAnchor(paths.rotationAnchor, log);
  const anchorWriter = createRotationAnchorWriter(paths.rotationAnchor, log);

  let closed = false;
  function rebuild(): void {
    if (closed) return;
    const current = settings();
    const nowMs = Date.now();
    const playlist = playlistInForce().playlist;
    const news = newsInputs(feed.current(), current, remote, nowMs);
    // Pictures no longer named by the playlist or the featured news leave the cache: bounded over months.
    remote.retain([...playlistImageUrls(playlist), ...news.imageUrls]);
    const next = nextPlayerState(
      state,
      {
        playlist,
        context: {
          mediaUrlFor: media.urlFor,
          defaultTransition: current.defaultTransition,
          defaultSlogans: defaultPlaylist.marquee?.text ?? [],
          timezone: current.timezone,
          news: news.context,
          video,
        },
        timezone: current.timezone,
        showClock: current.showClock,
        version: options.version,
        maintenance: current.maintenance,
        displayPower: current.displayPower,
        newsFreshness: news.freshness,
        announcements: announcementStates(announcements.list(), nowMs),
      },
      nowMs,
      savedAnchor,
    );
    // The state drops an announcement at its end, even with nothing else happening (screens also hide it themselves).
    clearTimeout(announcementTimer);
    const nextEndMs = nextAnnouncementEndMs(announcements.list(), nowMs);
    if (nextEndMs !== null && !closed) {
      announcementTimer = setTimeout(rebuild, Math.min(nextEndMs - nowMs + 1, MAX_TIMER_MS));
      announcementTimer.unref();
    }
    if (state && JSON.stringify({ ...state, revision: 0 }) === JSON.stringify({ ...next, revision: 0 })) return;
    state = next;
    anchorWriter.save({ rotationKey: stateRotationKey(state), epochMs: state.epochMs });
    sse.broadcast('state', JSON.stringify(state));
    for (const listener of stateListeners) listener(state);
  }
  rebuild();
  const stopPlaylist = playlists.onChange(rebuild);
  const stopRemotePlaylist = remotePlaylist.onChange(rebuild);
  const stopAnnouncements = announcements.onChange(rebuild);
  const stopSettings = settingsStore.onChange(() => {
    displayPower.reconfigure();
    feed.reconfigure();
    remotePlaylist.reconfigure();
    rebuild();
  });
  const stopFeed = feed.onChange(() => {
    void seedSample().finally(rebuild);
  });
  // A file dropped into (or replaced in) the media library shows without touching the playlist.
  await mkdir(paths.mediaLibrary, { recursive: true }).catch(() => undefined);
  const stopLibrary = watchFolder({ folder: paths.mediaLibrary, onChange: rebuild, logger: log });
  const stopAll = async () => {
    closed = true;
    const displayPowerClosed = displayPower.close(); // wakes a sleeping display: a stopped Pano leaves no dark screen
    clearTimeout(announcementTimer);
    stopPlaylist();
    stopRemotePlaylist();
    stopAnnouncements();
    stopSettings();
    stopFeed();
    stopLibrary();
    settingsStore.close();
    remote.close();
    copies.close();
    await feed.close();
    sse.closeAll();
    await playlists.close();
    await remotePlaylist.close();
    await writeCheck.settled();
    await announcements.close();
    await videos.settled();
    await copies.settled();
    await anchorWriter.settled();
    await kiosk.close();
    await displayPowerClosed;
  };

  const getState = (): PlayerState => state as PlayerState;
  const health = (): Health => {
    const active = playlistInForce();
    const feedStatus = feed.status();
    // Known at start (a missing or unusable folder), or learnt since: a disk that filled up or turned read-only
    // under a running host (the answer is the last check's; a new one starts when it is ten seconds old).
    const dataDirProblem = dataDir.problem ?? writeCheck.problem();
    const screenCounts = kiosk.monitor.counts();
    return {
      status: active.problem || dataDirProblem || feedStatus.stale ? 'degraded' : 'ok',
      version: options.version,
      uptimeS: Math.round((performance.now() - startedAtMs) / 1000),
      timezone: settings().timezone,
      playlist: {
        items: active.playlist.items.length,
        slides: getState().slides.length,
        origin: active.origin,
        problem: active.problem,
      },
      feed: feedStatus,
      screens: { connected: sse.size(), reporting: screenCounts.pagesReporting, silent: screenCounts.pagesSilent },
      displayPower: displayPower.state(),
      dataDir: { path: paths.root, problem: dataDirProblem },
    };
  };
  function sendCommand(command: ScreenCommand): void {
    sse.broadcast(SSE_COMMAND_EVENT, JSON.stringify(command));
    for (const listener of commandListeners) listener(command);
  }
  const logReport = createScreenReportLog(log);
  const kiosk = await openKioskMonitoring({ proofOfPlayFile: paths.proofOfPlay, logger: log });
  const reportListeners = new Set<(report: ScreenReport, screen: string) => void>();
  const report = (screenReport: ScreenReport, screen: string) => {
    logReport(screenReport, screen);
    kiosk.monitor.take(screenReport, screen);
    for (const listener of reportListeners) listener(screenReport, screen);
  };

  const http = await createHttpServer({
    rendererDir: options.rendererDir,
    state: getState,
    health,
    metrics: createMetrics({
      version: options.version,
      uptimeS: () => Math.round((performance.now() - startedAtMs) / 1000),
      slides: () => getState().slides.length,
      screens: sse.size,
      playlistProblem: () => playlistInForce().problem !== null,
      stateRevision: () => getState().revision,
      content: () => ({ version: contentVersion(getState()), origin: playlistInForce().origin }),
      feed: feed.status,
      feedFetches: feed.fetchOutcomes,
      screenCounts: kiosk.monitor.counts,
      processMemory: kiosk.processMemory,
      cacheBytes: () => folderBytes(paths.mediaCache),
      displayPower: displayPower.state,
    }),
    media,
    sse,
    report,
    api: {
      auth: await openAuth({ dataDir: paths.root, logger: log }),
      logger: log,
      settings: settingsStore, // the stored settings, not this run's --timezone/--feed-url
      playlist: playlists,
      history: openPlaylistHistory({ file: paths.playlist, historyDir: join(paths.root, 'history'), logger: log }),
      media: await openMediaLibrary({
        dir: paths.mediaLibrary,
        logger: log,
        ...(options.imageMaxEdgePx ? { maxEdgePx: options.imageMaxEdgePx } : {}),
      }),
      announcements,
      feed,
      health,
      state: getState,
      logFile: paths.log,
      ...(fileLogger ? { unwrittenLogProblems: fileLogger.unwrittenProblems } : {}),
      mediaCacheDir: paths.mediaCache,
      proofOfPlay: kiosk.proofOfPlay,
      screenshot: kiosk.screenshot,
      screens: {
        reloadAtNextSlide(reason) {
          sendCommand({ type: 'reload-at-boundary', reason });
          return sse.size() + commandListeners.size;
        },
      },
    },
  });
  let address: string | null = null;
  try {
    await http.listen({ port: options.port, host: options.host });
    address = urlFor(options.host, (http.server.address() as AddressInfo).port);
  } catch (error) {
    const reason = describeListenError(error, options);
    if (options.httpRequired ?? true) {
      await stopAll(); // nothing half-written, even by a host that never started
      throw new HostStartError(reason);
    }
    log.error('http-unavailable', `${reason}; the screen plays on, but the console and /healthz are unavailable`);
  }

  let closing: Promise<void> | null = null;
  return {
    url: address,
    dataDir: paths.root,
    getState,
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    resolveMedia: media.resolve,
    report,
    sendCommand,
    onCommand(listener) {
      commandListeners.add(listener);
      return () => commandListeners.delete(listener);
    },
    onReport(listener) {
      reportListeners.add(listener);
      return () => reportListeners.delete(listener);
    },
    onScreenSilent: kiosk.monitor.onSilent,
    recordRecovery: kiosk.monitor.recordRecovery,
    setScreenshotSource: kiosk.setScreenshotSource,
    setProcessMemorySource: kiosk.setProcessMemorySource,
    settings,
    feedStatus: feed.status,
    refreshFeed: feed.refreshNow,
    announcements,
    remotePlaylistStatus: remotePlaylist.status,
    refreshRemotePlaylist: remotePlaylist.refreshNow,
    close() {
      closing ??= (async () => {
        sse.closeAll(); // the page streams first, so the server has nothing open to wait for
        await http.close();
        await stopAll();
      })();
      return closing;
    },
  };
}

/** The http(s) pictures a playlist names, scheduled playlists included (the others are bundled or in the library). */
function playlistImageUrls(playlist: Playlist): string[] {
  const items = [...playlist.items, ...(playlist.playlists ?? []).flatMap((scheduled) => scheduled.items)];
  return items.flatMap((item) => (item.type === 'image' && /^https?:\/\//i.test(item.src) ? [item.src] : []));
}

/** setTimeout holds at most ~24.8 days; a later end is reached by rebuilding on the way. */
const MAX_TIMER_MS = 2 ** 31 - 1;

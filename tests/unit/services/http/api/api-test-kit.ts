/** A browser host with the operator API on a temporary data dir, driven with fastify's inject (no sockets). */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Announcement } from '../../../../../main/core/announcements';
import { CSRF_HEADER, SESSION_COOKIE } from '../../../../../main/core/api/routes';
import type { Health } from '../../../../../main/core/health';
import { parsePlaylist } from '../../../../../main/core/playlist/parse';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../../../main/core/settings';
import { checkWith, describeProblems } from '../../../../../main/core/validation';
import { openAuth } from '../../../../../main/services/auth/auth';
import type { SessionLimits } from '../../../../../main/services/auth/sessions';
import type { SignInLimits } from '../../../../../main/services/auth/sign-in-limiter';
import { createHttpServer } from '../../../../../main/services/http/http-server';
import type { ApiDeps } from '../../../../../main/services/http/api';
import { createSseHub } from '../../../../../main/services/http/sse-hub';
import { createLogger } from '../../../../../main/services/logger';
import type { MediaCatalog } from '../../../../../main/services/media/media-catalog';
import { openMediaLibrary } from '../../../../../main/services/media/media-library';
import { openPlaylistHistory } from '../../../../../main/services/playlist/playlist-history';
import { openPlaylistStore, type PlaylistStore } from '../../../../../main/services/playlist/playlist-store';
import { openProofOfPlayLog } from '../../../../../main/services/proof-of-play/proof-of-play-log';

export const PASSWORD = 'Dai-hoi-XIII-2023';
/** The floor the auth file accepts: fast enough for tests, still the real algorithm. */
export const TEST_SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 32 };

const DEFAULT_PLAYLIST_TEXT = await readFile(
  new URL('../../../../../assets/default-playlist.json', import.meta.url),
  'utf8',
);

export interface KitOptions {
  signInLimits?: SignInLimits;
  sessionLimits?: SessionLimits;
  mediaMaxBytes?: { image: number; video: number };
  withPassword?: boolean;
  /** What GET /api/screenshot.png captures; absent: no screen (the plain browser host). */
  screenshot?: () => Promise<Buffer>;
}

/** A running kit; `clock.ms` drives sessions and the sign-in limiter. */
export async function startKit(options: KitOptions = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'pano-api-'));
  const rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'player'), { recursive: true });
  await mkdir(join(rendererDir, 'console'), { recursive: true });
  await writeFile(join(rendererDir, 'player', 'index.html'), '<!doctype html><title>player</title>');
  await writeFile(join(rendererDir, 'console', 'index.html'), '<!doctype html><title>console</title>');
  const data = join(dir, 'data');
  await mkdir(data);
  const lines: string[] = [];
  const logger = createLogger({ writeLine: (line) => lines.push(line), file: join(data, 'logs', 'pano.log') });
  const clock = { ms: Date.parse('2023-10-20T08:00:00+07:00') };
  const nowMs = () => clock.ms;

  const auth = await openAuth({ dataDir: data, nowMs, scrypt: TEST_SCRYPT, ...options });
  if (options.withPassword ?? true) await auth.setupPassword(PASSWORD);
  auth.sessions.clear();

  const parsedDefault = parsePlaylist(DEFAULT_PLAYLIST_TEXT);
  if (!parsedDefault.ok) throw new Error('the bundled playlist is invalid');
  const playlist: PlaylistStore = await openPlaylistStore({
    file: join(data, 'playlist.json'),
    lastGoodFile: join(data, 'state', 'last-good-playlist.json'),
    defaultPlaylist: parsedDefault.value,
    logger,
  });
  const history = openPlaylistHistory({
    file: join(data, 'playlist.json'),
    historyDir: join(data, 'history'),
    logger,
    now: () => new Date(clock.ms),
  });
  const media = await openMediaLibrary({
    dir: join(data, 'media'),
    logger,
    ...(options.mediaMaxBytes ? { maxBytes: options.mediaMaxBytes } : {}),
  });
  const proofOfPlay = await openProofOfPlayLog({ file: join(data, 'logs', 'proof-of-play.jsonl'), logger });
  const reloadRequests: string[] = [];
  let settings: Settings = DEFAULT_SETTINGS;
  let announcements: Announcement[] = [];
  const feedStatus = {
    url: null,
    origin: 'sample' as const,
    lastSuccessAt: null,
    lastAttemptAt: null,
    lastError: null,
    items: 3,
    stale: false,
    nextAttemptAt: null,
  };
  const health = (): Health => ({
    status: 'ok',
    version: '0.1.0',
    uptimeS: 1,
    timezone: settings.timezone,
    playlist: { items: 1, slides: 1, origin: 'default', problem: null },
    feed: feedStatus,
    screens: { connected: 0 },
    dataDir: { path: data, problem: null },
  });
  const api: ApiDeps = {
    auth,
    logger,
    settings: {
      get: () => settings,
      update(patch) {
        const checked = checkWith(settingsSchema, { ...settings, ...patch });
        if (!checked.ok) return { ok: false, error: describeProblems(checked.problems) };
        settings = checked.value;
        return { ok: true, settings };
      },
    },
    playlist,
    history,
    media,
    announcements: {
      list: () => announcements,
      async add(announcement) {
        const a = announcement as Announcement;
        announcements = [...announcements.filter((x) => x.id !== a.id), a];
        return { ok: true, announcements };
      },
      async remove(id) {
        announcements = announcements.filter((x) => x.id !== id);
        return { ok: true, announcements };
      },
    },
    feed: { status: () => feedStatus, refreshNow: async () => feedStatus },
    health,
    state: () => {
      throw new Error('no state in the API kit');
    },
    logFile: join(data, 'logs', 'pano.log'),
    mediaCacheDir: join(data, 'cache', 'media'),
    proofOfPlay: () => proofOfPlay,
    screenshot: () => options.screenshot ?? null,
    screens: {
      reloadAtNextSlide(reason) {
        reloadRequests.push(reason);
        return 2;
      },
    },
    nowMs,
  };
  const app: FastifyInstance = await createHttpServer({
    rendererDir,
    state: api.state,
    health,
    metrics: async () => ({ contentType: 'text/plain', body: '' }),
    // The API never touches the catalog of /media/*; only its type is needed here.
    media: { urlFor: (src: string) => src, resolve: async () => null } as unknown as MediaCatalog,
    sse: createSseHub(),
    report: () => undefined,
    api,
  });
  await app.ready();

  /** Signs in; returns what a browser would hold afterwards. */
  async function signIn(password = PASSWORD): Promise<{ cookie: string; csrf: string }> {
    const response = await app.inject({ method: 'POST', url: '/api/session', payload: { password } });
    if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    return { cookie: `${SESSION_COOKIE}=${cookie?.value}`, csrf: (response.json() as { csrfToken: string }).csrfToken };
  }

  /** A request as the console sends it (cookie, CSRF header, same Origin) unless overridden. */
  function asConsole(session: { cookie: string; csrf: string }, request: InjectOptions) {
    return app.inject({
      ...request,
      headers: {
        cookie: session.cookie,
        [CSRF_HEADER]: session.csrf,
        origin: 'http://localhost:80',
        ...request.headers,
      },
    });
  }

  return {
    dir,
    data,
    app,
    api,
    auth,
    clock,
    lines,
    signIn,
    asConsole,
    announcements: () => announcements,
    settings: () => settings,
    proofOfPlay,
    reloadRequests,
    async close() {
      await app.close();
      await proofOfPlay.close();
      await playlist.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export type Kit = Awaited<ReturnType<typeof startKit>>;

/** Every file under `dir` with a hash of its bytes: two equal snapshots mean nothing was written. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (path.includes(`${join('logs', 'pano.log')}`)) continue; // the log records refusals, by design
    out[path.slice(dir.length)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return out;
}

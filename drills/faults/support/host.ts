/**
 * The real browser host for the fault drills: started through the tests' own
 * helper (tests/support/host-process.ts), plus the few HTTP calls a drill
 * makes — /healthz, signing in, the operator API — and the log lines it reads.
 */
import { get as httpGet } from 'node:http';
import { startHostProcess, type HostProcess } from '../../../tests/support/host-process';
import { SESSION_COOKIE } from '../../../main/core/api/routes';

export type { HostProcess } from '../../../tests/support/host-process';

/** The password every drill host gets (long enough for PASSWORD_MIN_LENGTH). */
export const DRILL_PASSWORD = 'Công đoàn Bắc Kạn diễn tập';

/** Starts the host on `dataDir`; `env` is added to this process's environment for the child only. */
export async function startDrillHost(
  dataDir: string,
  options: { args?: string[]; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<HostProcess> {
  const saved = new Map<string, string | undefined>();
  // startHostProcess passes process.env to the child: set the extra variables just for the spawn.
  for (const [key, value] of Object.entries(options.env ?? {})) {
    saved.set(key, process.env[key]);
    process.env[key] = value;
  }
  try {
    return await startHostProcess({ dataDir, args: options.args ?? [], timeoutMs: options.timeoutMs ?? 60_000 });
  } finally {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The /healthz body a drill reads (contract.md), loosely typed: a drill reports what it sees. */
export interface DrillHealth {
  status: string;
  uptimeS: number;
  playlist: { items: number; slides: number; origin: string; problem: string | null };
  feed: { lastSuccessAt: string | null; lastError: string | null; items: number; stale: boolean };
  screens: { connected: number; reporting?: number; silent?: number };
  dataDir: { path: string; problem: string | null };
}

/**
 * GET /healthz on a connection of its own, or null when the host does not answer 200 within `timeoutMs`
 * (`onProblem` hears why). Its own connection: a kept-alive one from a refused upload must not stand in
 * for the host's health.
 */
export async function healthz(
  host: HostProcess,
  timeoutMs = 5000,
  onProblem?: (problem: string) => void,
): Promise<DrillHealth | null> {
  const answer = await new Promise<{ status: number; text: string } | string>((resolve) => {
    const request = httpGet(`${host.url}/healthz`, { agent: false, timeout: timeoutMs }, (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      response.on('error', (error) => resolve(error.message));
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) => resolve(error.message));
  });
  if (typeof answer === 'string') {
    onProblem?.(`/healthz did not answer: ${answer}`);
    return null;
  }
  if (answer.status === 200) return JSON.parse(answer.text) as DrillHealth;
  onProblem?.(`/healthz answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  return null;
}

/** A signed-in operator: the session cookie and the CSRF token every change carries. */
export interface ApiSession {
  url: string;
  cookie: string;
  csrf: string;
}

/** Sets the operator password the way the first-start page does (loopback, no password yet). */
export async function setupPassword(host: HostProcess, password = DRILL_PASSWORD): Promise<void> {
  const response = await fetch(`${host.url}/api/setup-password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: host.url },
    body: JSON.stringify({ password }),
  });
  if (response.status !== 200)
    throw new Error(`setting the password answered ${response.status}: ${await response.text()}`);
}

/** Signs in as the console does. */
export async function signIn(host: HostProcess, password = DRILL_PASSWORD): Promise<ApiSession> {
  const response = await fetch(`${host.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: host.url },
    body: JSON.stringify({ password }),
  });
  if (response.status !== 200) throw new Error(`signing in answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('signing in set no session cookie');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { url: host.url, cookie: cookie.split(';')[0] as string, csrf: csrfToken };
}

/** One API call with the session; the body is JSON, or FormData for an upload. */
export async function api(
  session: ApiSession,
  method: string,
  path: string,
  body?: unknown,
  timeoutMs = 20_000,
): Promise<{ status: number; body: unknown; text: string }> {
  const headers: Record<string, string> = { cookie: session.cookie, 'x-pano-csrf': session.csrf, origin: session.url };
  let payload: string | FormData | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(`${session.url}${path}`, {
    method,
    headers,
    ...(payload === undefined ? {} : { body: payload }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: response.status, body: parsed, text };
}

/** Saves a playlist through the API (reading the revision first, as the console does). */
export async function savePlaylist(session: ApiSession, playlist: object): Promise<{ status: number; text: string }> {
  const current = await api(session, 'GET', '/api/playlist');
  const revision = (current.body as { revision?: string } | null)?.revision ?? '';
  return api(session, 'PUT', '/api/playlist', { playlist, baseRevision: revision });
}

/** The host's stderr lines (its log) that match `pattern`. */
export function logLinesMatching(host: HostProcess, pattern: RegExp): string[] {
  return host
    .stderr()
    .split('\n')
    .filter((line) => pattern.test(line));
}

/** Counts the host's warn/error lines (`pano: warn: …`, and the logger's own `pano: warning: …`) by level and the start of the message. */
export function countLoggedKinds(stderr: string, into: Record<string, number> = {}): Record<string, number> {
  for (const line of stderr.split('\n')) {
    const match = /^pano: (warn|warning|error): (.*)$/.exec(line);
    if (!match) continue;
    // Paths differ per run (temporary folders): the kind is the message with them cut to their last part.
    const message = (match[2] ?? '').replace(/\/\S*\/([^/\s:]+)/g, '$1');
    const gist = message.split(/[:(—]/)[0]?.trim().slice(0, 60) ?? '';
    const key = `${match[1] === 'error' ? 'error' : 'warn'}: ${gist}`;
    into[key] = (into[key] ?? 0) + 1;
  }
  return into;
}

/** Polls `probe` until it returns something other than undefined; null after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  everyMs = 250,
): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) return null;
    await sleep(everyMs);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

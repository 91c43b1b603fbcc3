/**
 * The one gate in front of /api (contract.md: without valid credentials every
 * route answers 401 and changes nothing). It runs in onRequest, before any
 * body is read, so a malformed or huge body earns the same 401. Only sign-in
 * and — from the machine itself, while no password is set — the first
 * password pass without a session. Every other non-GET request must carry the
 * session's CSRF token and, when the browser names one, our own origin.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API_ROUTES, CSRF_HEADER, SESSION_COOKIE } from '../../../core/api/routes';
import type { Auth } from '../../auth/auth';
import type { Session } from '../../auth/sessions';

const sessionOfRequest = new WeakMap<FastifyRequest, { id: string; session: Session }>();

/** The session the gate found for this request (routes behind the gate always have one). */
export function requestSession(request: FastifyRequest): { id: string; session: Session } | null {
  return sessionOfRequest.get(request) ?? null;
}

/** True for a path under /api, however it is spelled (the router decodes %61pi and matches it). */
export function isApiPath(request: FastifyRequest): boolean {
  if (request.routeOptions.url?.startsWith('/api')) return true;
  const raw = request.url.split('?')[0] ?? '';
  let path = raw;
  try {
    path = decodeURIComponent(raw);
  } catch {
    // undecodable: judge the raw form
  }
  return /^\/+api(\/|$)/i.test(path) || /^\/+api(\/|$)/i.test(raw);
}

/** True for a connection from this machine. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * Headers a reverse proxy adds. Behind one (README: HTTPS for an untrusted LAN) every client arrives from
 * 127.0.0.1, so a request carrying any of them is not "from this machine", whatever its socket says.
 */
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-real-ip', 'via'];

/** True for a request this machine made itself: a loopback socket, not relayed by a proxy. */
export function isFromThisMachine(request: FastifyRequest): boolean {
  if (!isLoopbackAddress(request.socket.remoteAddress)) return false;
  return PROXY_HEADERS.every((name) => request.headers[name] === undefined);
}

/** True when the Host header names this machine (a DNS-rebinding page carries its own name). */
function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  try {
    const name = new URL(`http://${host}`).hostname;
    return name === 'localhost' || name === '[::1]' || isLoopbackAddress(name);
  } catch {
    return false;
  }
}

/** True unless the browser says the request comes from another origin (Sec-Fetch-Site, Origin, else Referer). */
export function isSameOrigin(request: FastifyRequest): boolean {
  // Browsers set Sec-Fetch-Site themselves (no page can forge it) even where they leave out Origin and Referer:
  // "cross-site", and "same-site" (another port of this machine, another host of the LAN's domain), are foreign.
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  const claimed = request.headers.origin ?? request.headers.referer;
  if (claimed === undefined) return true; // not a browser, or one that sends neither: the CSRF token decides
  try {
    return new URL(claimed).host === new URL(`http://${request.headers.host ?? ''}`).host;
  } catch {
    return false; // "null" (sandboxed frames, file:) and garbage are foreign
  }
}

/** One cookie's value from a Cookie header (session ids are base64url: nothing to decode). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

function deny(reply: FastifyReply, code: 401 | 403, error: string, extra: object = {}): FastifyReply {
  return reply
    .code(code)
    .header('cache-control', 'no-store')
    .send({ error, ...extra });
}

/** The onRequest hook; with no auth (no ApiDeps) every /api request is refused. */
export function createApiGate(auth: Auth | null) {
  return async function apiGate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (!isApiPath(request)) return;
    if (!auth) return void deny(reply, 401, 'sign in to the console first');
    const route = request.routeOptions.url;
    const method = request.method;
    const fromHere = isFromThisMachine(request);

    if (method === 'POST' && route === API_ROUTES.session) {
      if (!isSameOrigin(request)) return void deny(reply, 403, 'sign-in from another site is refused');
      return; // the route checks the password, within the guessing limits
    }
    if (method === 'POST' && route === API_ROUTES.setupPassword) {
      if (!fromHere || !isLoopbackHost(request.headers.host) || auth.passwordSet()) {
        return void deny(reply, 401, 'sign in to the console first');
      }
      if (!isSameOrigin(request)) return void deny(reply, 403, 'setting the password from another site is refused');
      return;
    }

    // Read here rather than by the cookie plugin's hook, so the gate never depends on hook order.
    const id = cookieValue(request.headers.cookie, SESSION_COOKIE);
    const session = auth.sessions.get(id);
    if (!id || !session) {
      // Offer the first-start form only to the machine itself, and only while there is no password.
      const setup = fromHere && !auth.passwordSet() ? { setupAvailable: true } : {};
      return void deny(reply, 401, 'sign in to the console first', setup);
    }
    if (method !== 'GET' && method !== 'HEAD') {
      const token = request.headers[CSRF_HEADER];
      if (!auth.sessions.csrfMatches(session, typeof token === 'string' ? token : undefined)) {
        return void deny(reply, 403, `the ${CSRF_HEADER} header is missing or wrong; reload the console`);
      }
      if (!isSameOrigin(request)) return void deny(reply, 403, 'a request from another site is refused');
    }
    sessionOfRequest.set(request, { id, session });
  };
}

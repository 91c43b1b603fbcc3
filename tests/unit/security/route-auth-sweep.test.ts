/**
 * Every route the real browser host registers answers 401 without a session,
 * unless contract.md makes it public. The routes are not listed by hand: the
 * fastify factory is wrapped so an onRoute hook records each one as the host
 * registers it (including plugins' routes, and the HEAD twins fastify adds).
 * A route added later without a place in PUBLIC_ROUTES, and not behind the
 * /api gate, makes this test fail.
 */
import type * as FastifyModule from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, API_ROUTES, type ApiRouteName } from '../../../main/core/api/routes';
import { EVENTS_PATH, REPORT_PATH } from '../../../main/core/bridge';
import { snapshot, startKit, type Kit } from '../services/http/api/api-test-kit';

const registered = vi.hoisted(() => [] as { method: string; url: string }[]);

vi.mock('fastify', async (importOriginal) => {
  const real = await importOriginal<typeof FastifyModule>();
  // The factory is overloaded (http, https, http2); the host calls it with plain options.
  const create = real.default as unknown as (...args: unknown[]) => FastifyModule.FastifyInstance;
  const withRouteLog = ((...args: unknown[]) => {
    const app = create(...args);
    app.addHook('onRoute', (route) => {
      const methods: readonly string[] = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) registered.push({ method, url: route.url });
    });
    return app;
  }) as typeof real.default;
  return { ...real, default: withRouteLog, fastify: withRouteLog };
});

/**
 * Public by the contract, each with the reason. Everything else must answer 401.
 * HEAD is listed with its GET: fastify answers HEAD with the GET handler, minus the body.
 */
const PUBLIC_ROUTES: Record<string, string> = {
  // contract.md "GET / the player page": a kiosk's Chromium loads it with no keyboard to sign in.
  'GET /': 'player page',
  'HEAD /': 'player page',
  // The console page is only the sign-in form and the script; every datum it shows comes from /api (gated).
  'GET /console': 'console shell, data behind /api',
  'HEAD /console': 'console shell, data behind /api',
  'GET /console/': 'console shell, data behind /api',
  'HEAD /console/': 'console shell, data behind /api',
  // The built page's hashed JS/CSS, needed before anyone could sign in.
  'GET /assets/*': 'built scripts and styles',
  'HEAD /assets/*': 'built scripts and styles',
  // The player's state stream: what the screen shows in the hall anyway (design.md "browser host").
  [`GET ${EVENTS_PATH}`]: 'player state (SSE)',
  [`HEAD ${EVENTS_PATH}`]: 'player state (SSE)',
  // Pictures and videos the screen shows; the catalog never leaves its four folders.
  'GET /media/*': 'media shown on the screen',
  'HEAD /media/*': 'media shown on the screen',
  // contract.md: /healthz and /metrics answer without credentials (README: curl and Prometheus from afar).
  'GET /healthz': 'health (contract.md)',
  'HEAD /healthz': 'health (contract.md)',
  'GET /metrics': 'Prometheus (contract.md)',
  'HEAD /metrics': 'Prometheus (contract.md)',
  // The screen's heartbeat and errors; a kiosk page has no session. Schema-checked, 16 KiB cap.
  [`POST ${REPORT_PATH}`]: 'screen reports',
  // Sign-in itself: the only /api route open to all, and it is rate-limited per address.
  [`POST ${API_ROUTES.session}`]: 'sign-in',
};

const concrete = (url: string) => url.replace(/:\w+/g, 'x').replace(/\*$/, 'x');
const BODY = { password: 'x'.repeat(12), version: 1, items: [], showClock: false };

let kit: Kit;
beforeAll(async () => {
  kit = await startKit();
});
afterAll(() => kit.close());

describe('every registered route without a session', () => {
  it('sees the whole host: every API route of routes.ts and every public page was registered', () => {
    const seen = new Set(registered.map((r) => `${r.method} ${r.url}`));
    for (const [name, path] of Object.entries(API_ROUTES)) {
      for (const method of API_METHODS[name as ApiRouteName])
        expect(seen, `${method} ${path}`).toContain(`${method} ${path}`);
    }
    // The allow-list must not outlive its routes: a public route that is gone is removed from it.
    for (const key of Object.keys(PUBLIC_ROUTES)) expect(seen, key).toContain(key);
  });

  it('answers 401 on every route outside the allow-list, for every method, and writes nothing', async () => {
    const before = await snapshot(kit.data);
    const checked: string[] = [];
    for (const { method, url } of registered) {
      const key = `${method} ${url}`;
      if (key in PUBLIC_ROUTES) continue;
      const hasBody = !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(method);
      const response = await kit.app.inject({
        method: method as 'GET',
        url: concrete(url),
        ...(hasBody ? { payload: BODY } : {}),
      });
      expect(response.statusCode, `${key} is not public by contract.md, so it must need a session`).toBe(401);
      checked.push(key);
    }
    expect(checked.length).toBeGreaterThan(25);
    expect(await snapshot(kit.data)).toEqual(before);
  });

  it('answers 401 from the LAN too, where the first-password form is never offered', async () => {
    for (const { method, url } of registered) {
      if (`${method} ${url}` in PUBLIC_ROUTES || !url.startsWith('/api')) continue;
      const response = await kit.app.inject({
        method: method as 'GET',
        url: concrete(url),
        remoteAddress: '192.168.1.20',
      });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.body).not.toContain('setupAvailable');
    }
  });

  it('the public routes answer without a session and carry no operator data', async () => {
    const requests = [
      { method: 'GET' as const, url: '/' },
      { method: 'GET' as const, url: '/console' },
      { method: 'GET' as const, url: '/healthz' },
      { method: 'GET' as const, url: '/metrics' },
    ];
    for (const request of requests) {
      const response = await kit.app.inject(request);
      expect(response.statusCode, request.url).toBe(200);
      expect(response.headers['set-cookie'], request.url).toBeUndefined();
    }
  });
});

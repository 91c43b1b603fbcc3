import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  API_METHODS,
  API_ROUTES,
  CSRF_HEADER,
  SESSION_COOKIE,
  type ApiRouteName,
} from '../../../../../main/core/api/routes';
import { CONSOLE_CSP, PLAYER_CSP } from '../../../../../main/core/content-security-policy';
import { PASSWORD, snapshot, startKit, type Kit } from './api-test-kit';

let kit: Kit;
beforeEach(async () => {
  kit = await startKit();
});
afterEach(() => kit.close());

const VALID_PLAYLIST = { version: 1, items: [{ id: 'bk1', type: 'image', src: 'bk1', durationS: 8 }] };
const concrete = (path: string) => path.replace(':name', 'a.jpg').replace(':id', 'x');

describe('without a session', () => {
  it('every route and method answers 401 and nothing on disk changes', async () => {
    const before = await snapshot(kit.data);
    for (const [name, path] of Object.entries(API_ROUTES)) {
      for (const method of API_METHODS[name as ApiRouteName]) {
        if (name === 'session' && method === 'POST') continue; // sign-in itself, tested below
        const response = await kit.app.inject({
          method,
          url: concrete(path),
          payload:
            method === 'GET' || method === 'DELETE'
              ? undefined
              : { password: 'x'.repeat(12), playlist: VALID_PLAYLIST },
        });
        expect(response.statusCode, `${method} ${path}`).toBe(401);
      }
    }
    expect(await snapshot(kit.data)).toEqual(before);
  });

  it('answers 401 to unknown paths, odd spellings, malformed and huge bodies, before reading them', async () => {
    const before = await snapshot(kit.data);
    const cases = [
      { method: 'GET' as const, url: '/api' },
      { method: 'GET' as const, url: '/api/nothing-here' },
      { method: 'DELETE' as const, url: '/api/../api/playlist' },
      { method: 'GET' as const, url: '/%61pi/playlist' },
      { method: 'GET' as const, url: '//api/playlist' },
      {
        method: 'PUT' as const,
        url: '/api/playlist',
        payload: '{"version":',
        headers: { 'content-type': 'application/json' },
      },
      {
        method: 'PUT' as const,
        url: '/api/playlist',
        payload: 'x'.repeat(5_000_000),
        headers: { 'content-type': 'application/json' },
      },
      { method: 'OPTIONS' as const, url: '/api/settings' },
    ];
    for (const request of cases) {
      const response = await kit.app.inject(request);
      expect([401, 404], `${request.method} ${request.url}`).toContain(response.statusCode);
      if (request.url.includes('api/playlist') || request.url === '/api') expect(response.statusCode).toBe(401);
    }
    expect(await snapshot(kit.data)).toEqual(before);
  });

  it('a cookie that is not a live session is no credential', async () => {
    const response = await kit.app.inject({
      method: 'GET',
      url: '/api/settings',
      headers: { cookie: `${SESSION_COOKIE}=${'A'.repeat(43)}` },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('sign-in', () => {
  it('the right password opens a session with a strict HttpOnly cookie for /api only', async () => {
    const response = await kit.app.inject({ method: 'POST', url: '/api/session', payload: { password: PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api' });
    expect(cookie?.secure).toBeFalsy(); // plain http; Secure is set when the request came over https
    expect(cookie?.value).toMatch(/^[\w-]{43}$/); // 32 random bytes
    const csrf = (response.json() as { csrfToken: string }).csrfToken;
    const session = await kit.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `${SESSION_COOKIE}=${cookie?.value}` },
    });
    expect(session.json()).toEqual({ csrfToken: csrf });
  });

  it('a wrong password answers 401 and opens nothing', async () => {
    const response = await kit.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { password: 'wrong-password' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.cookies).toEqual([]);
  });

  it('after 5 wrong passwords the address waits (429 with retryAfterS), even with the right one, then may try again', async () => {
    for (let i = 0; i < 5; i++) {
      const wrong = await kit.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { password: `wrong-${i}-pass` },
      });
      expect(wrong.statusCode).toBe(401);
    }
    const sixth = await kit.app.inject({ method: 'POST', url: '/api/session', payload: { password: 'wrong-6-pass' } });
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json()).toMatchObject({ retryAfterS: 30 });
    expect(sixth.headers['retry-after']).toBe('30');
    const right = await kit.app.inject({ method: 'POST', url: '/api/session', payload: { password: PASSWORD } });
    expect(right.statusCode).toBe(429);
    // Another address is not punished for this one.
    const elsewhere = await kit.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { password: PASSWORD },
      remoteAddress: '192.168.1.20',
    });
    expect(elsewhere.statusCode).toBe(200);
    kit.clock.ms += 31_000;
    const wrongAgain = await kit.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { password: 'wrong-7-pass' },
    });
    expect(wrongAgain.json()).toMatchObject({ retryAfterS: 60 }); // doubled
    kit.clock.ms += 61_000;
    expect(
      (await kit.app.inject({ method: 'POST', url: '/api/session', payload: { password: PASSWORD } })).statusCode,
    ).toBe(200);
  });

  it('sign-in from another site is refused', async () => {
    const response = await kit.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { password: PASSWORD },
      headers: { origin: 'http://evil.example' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('sign-out ends the session and clears the cookie', async () => {
    const session = await kit.signIn();
    const out = await kit.asConsole(session, { method: 'DELETE', url: '/api/session' });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === SESSION_COOKIE)?.value).toBe('');
    expect((await kit.asConsole(session, { method: 'GET', url: '/api/settings' })).statusCode).toBe(401);
  });

  it('a session ends after 8 h idle, and after 24 h however busy', async () => {
    const idle = await kit.signIn();
    kit.clock.ms += 8 * 3600_000 + 1000;
    expect((await kit.asConsole(idle, { method: 'GET', url: '/api/settings' })).statusCode).toBe(401);

    const busy = await kit.signIn();
    for (let hour = 0; hour < 23; hour++) {
      kit.clock.ms += 3600_000;
      expect((await kit.asConsole(busy, { method: 'GET', url: '/api/settings' })).statusCode).toBe(200);
    }
    kit.clock.ms += 3600_000 + 1000;
    expect((await kit.asConsole(busy, { method: 'GET', url: '/api/settings' })).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  const patch = { method: 'PATCH' as const, url: '/api/settings', payload: { showClock: false } };

  it('a change needs the session token in x-pano-csrf and no foreign Origin or Referer; otherwise 403 and nothing changes', async () => {
    const session = await kit.signIn();
    const refused: Record<string, string>[] = [
      { [CSRF_HEADER]: '' },
      { [CSRF_HEADER]: 'not-the-token' },
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: 'http://localhost:8080' },
    ];
    for (const headers of refused) {
      const response = await kit.asConsole(session, { ...patch, headers });
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
    }
    const foreignReferer = await kit.app.inject({
      ...patch,
      headers: { cookie: session.cookie, [CSRF_HEADER]: session.csrf, referer: 'http://evil.example/page' },
    });
    expect(foreignReferer.statusCode).toBe(403);
    const noHeader = await kit.app.inject({ ...patch, headers: { cookie: session.cookie } });
    expect(noHeader.statusCode).toBe(403);
    expect(kit.settings().showClock).toBe(true);

    const allowed = await kit.asConsole(session, patch);
    expect(allowed.statusCode).toBe(200);
    expect(kit.settings().showClock).toBe(false);
  });

  it("one session's token does not serve another", async () => {
    const a = await kit.signIn();
    const b = await kit.signIn();
    const response = await kit.asConsole(a, { ...patch, headers: { [CSRF_HEADER]: b.csrf } });
    expect(response.statusCode).toBe(403);
  });
});

describe('first password from the machine itself', () => {
  let fresh: Kit;
  beforeEach(async () => {
    fresh = await startKit({ withPassword: false });
  });
  afterEach(() => fresh.close());

  it('is offered and accepted only from loopback while none is set; then everything needs it', async () => {
    const offered = await fresh.app.inject({ method: 'GET', url: '/api/session' });
    expect(offered.statusCode).toBe(401);
    expect(offered.json()).toMatchObject({ setupAvailable: true });
    const remote = await fresh.app.inject({ method: 'GET', url: '/api/session', remoteAddress: '192.168.1.20' });
    expect(remote.json()).not.toHaveProperty('setupAvailable');

    const fromLan = await fresh.app.inject({
      method: 'POST',
      url: '/api/setup-password',
      payload: { password: 'lan-attacker-pw' },
      remoteAddress: '192.168.1.20',
    });
    expect(fromLan.statusCode).toBe(401);
    const rebound = await fresh.app.inject({
      method: 'POST',
      url: '/api/setup-password',
      payload: { password: 'rebinding-page' },
      headers: { host: 'evil.example:7420' },
    });
    expect(rebound.statusCode).toBe(401);
    const short = await fresh.app.inject({
      method: 'POST',
      url: '/api/setup-password',
      payload: { password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ problems: [{ field: 'password', message: 'must be at least 8 characters' }] });
    expect(fresh.auth.passwordSet()).toBe(false);

    const set = await fresh.app.inject({ method: 'POST', url: '/api/setup-password', payload: { password: PASSWORD } });
    expect(set.statusCode).toBe(200);
    expect(set.cookies.find((c) => c.name === SESSION_COOKIE)).toBeTruthy();
    const again = await fresh.app.inject({
      method: 'POST',
      url: '/api/setup-password',
      payload: { password: 'another-password' },
    });
    expect(again.statusCode).toBe(401);
    expect((await fresh.app.inject({ method: 'GET', url: '/api/session' })).json()).not.toHaveProperty(
      'setupAvailable',
    );
    await fresh.signIn(PASSWORD);
  });
});

describe('pages', () => {
  it('/console is served with the console policy; the player may be framed only by its own host', async () => {
    for (const url of ['/console', '/console/']) {
      const page = await kit.app.inject({ method: 'GET', url });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-security-policy']).toBe(CONSOLE_CSP);
      expect(page.headers['referrer-policy']).toBe('same-origin');
    }
    expect(CONSOLE_CSP).toContain("frame-ancestors 'none'");
    expect(CONSOLE_CSP).toContain("frame-src 'self'");
    expect(CONSOLE_CSP).not.toMatch(/unsafe/);
    const player = await kit.app.inject({ method: 'GET', url: '/' });
    expect(player.headers['content-security-policy']).toBe(PLAYER_CSP);
    expect(PLAYER_CSP).toContain("frame-ancestors 'self'");
  });
});

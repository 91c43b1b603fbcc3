/**
 * A signed-in operator's browser must not be made to change the screen by
 * another site. Every change needs the session's x-pano-csrf token AND must
 * not come from another origin — whether the browser says so with Origin,
 * Referer or only Sec-Fetch-Site. (The basic Origin/Referer/token cases are in
 * tests/unit/services/http/api/api-auth.test.ts; these are the rest.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../../main/core/api/routes';
import { PASSWORD, snapshot, startKit, type Kit } from '../services/http/api/api-test-kit';

let kit: Kit;
let session: { cookie: string; csrf: string };
beforeEach(async () => {
  kit = await startKit();
  session = await kit.signIn();
});
afterEach(() => kit.close());

const CHANGES = [
  { method: 'PATCH' as const, url: '/api/settings', payload: { showClock: false } },
  {
    method: 'POST' as const,
    url: '/api/announcements',
    payload: {
      announcement: {
        id: 'khan',
        mode: 'banner',
        title: 'Thông báo khẩn',
        startsAt: '2023-10-20T08:00:00+07:00',
        endsAt: '2023-10-20T09:00:00+07:00',
      },
    },
  },
  { method: 'POST' as const, url: '/api/screens/reload', payload: {} },
  { method: 'DELETE' as const, url: '/api/session' },
];

/** The browser's own headers for a request a page on `site` makes to the kiosk. */
const fromAnotherSite = (fetchSite: 'cross-site' | 'same-site') => ({
  cookie: session.cookie,
  [CSRF_HEADER]: session.csrf, // worst case: the token leaked
  'sec-fetch-site': fetchSite,
  'sec-fetch-mode': 'cors',
});

describe('changes from another site', () => {
  it('with a valid session and even the right token, a request the browser marks cross-site or same-site (no Origin) is refused', async () => {
    const before = await snapshot(kit.data);
    for (const fetchSite of ['cross-site', 'same-site'] as const) {
      for (const change of CHANGES) {
        const response = await kit.app.inject({ ...change, headers: fromAnotherSite(fetchSite) });
        expect(response.statusCode, `${fetchSite} ${change.method} ${change.url}`).toBe(403);
        expect(response.json()).toEqual({ error: 'a request from another site is refused' });
      }
    }
    expect(kit.settings().showClock).toBe(true);
    expect(kit.announcements()).toEqual([]);
    expect(kit.reloadRequests).toEqual([]);
    expect(await snapshot(kit.data)).toEqual(before);
    // The session survived the attempts to end it.
    expect((await kit.asConsole(session, { method: 'GET', url: '/api/settings' })).statusCode).toBe(200);
  });

  it('a form-encoded "simple" POST (what an HTML form on another site can send) changes nothing', async () => {
    for (const origin of ['http://evil.example', undefined]) {
      const response = await kit.app.inject({
        method: 'POST',
        url: '/api/screens/reload',
        payload: 'reason=x',
        headers: {
          cookie: session.cookie,
          'content-type': 'application/x-www-form-urlencoded',
          ...(origin ? { origin } : { 'sec-fetch-site': 'cross-site' }),
        },
      });
      expect(response.statusCode, String(origin)).toBe(403);
    }
    const plainText = await kit.app.inject({
      method: 'PATCH',
      url: '/api/settings',
      payload: '{"showClock":false}',
      headers: { cookie: session.cookie, 'content-type': 'text/plain', origin: 'http://evil.example' },
    });
    expect(plainText.statusCode).toBe(403);
    expect(kit.reloadRequests).toEqual([]);
    expect(kit.settings().showClock).toBe(true);
  });

  it('sign-in from another site is refused even when only Sec-Fetch-Site tells (no login CSRF)', async () => {
    for (const fetchSite of ['cross-site', 'same-site']) {
      const response = await kit.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { password: PASSWORD },
        headers: { 'sec-fetch-site': fetchSite },
      });
      expect(response.statusCode, fetchSite).toBe(403);
      expect(response.cookies).toEqual([]);
    }
  });

  it('reading is not a change: a cross-site GET is left to SameSite=Strict and CORS, and sets no CORS header', async () => {
    const response = await kit.app.inject({
      method: 'GET',
      url: '/api/settings',
      headers: { cookie: session.cookie, origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    // No Access-Control-Allow-Origin: the other site's script cannot read what came back.
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('changes from the console itself', () => {
  it('each change refused above goes through when the browser says it is same-origin', async () => {
    for (const change of CHANGES) {
      const response = await kit.app.inject({
        ...change,
        headers: { ...fromAnotherSite('cross-site'), 'sec-fetch-site': 'same-origin', origin: 'http://localhost:80' },
      });
      expect(response.statusCode, `${change.method} ${change.url}`).toBeLessThan(300);
    }
    expect(kit.settings().showClock).toBe(false);
    expect(kit.announcements().map((a) => a.id)).toEqual(['khan']);
    expect(kit.reloadRequests.length).toBe(1);
  });

  it('a same-origin request (Origin and Sec-Fetch-Site as a browser sends them) goes through', async () => {
    const response = await kit.app.inject({
      method: 'PATCH',
      url: '/api/settings',
      payload: { showClock: false },
      headers: {
        cookie: session.cookie,
        [CSRF_HEADER]: session.csrf,
        host: '192.168.1.5:7420',
        origin: 'http://192.168.1.5:7420',
        'sec-fetch-site': 'same-origin',
      },
    });
    expect(response.statusCode).toBe(200);
    expect(kit.settings().showClock).toBe(false);
  });

  it('a script on the kiosk itself (curl: no Origin, no Sec-Fetch-Site) needs the token, and with it works', async () => {
    const without = await kit.app.inject({
      method: 'POST',
      url: '/api/screens/reload',
      headers: { cookie: session.cookie },
    });
    expect(without.statusCode).toBe(403);
    const withToken = await kit.app.inject({
      method: 'POST',
      url: '/api/screens/reload',
      payload: {},
      headers: { cookie: session.cookie, [CSRF_HEADER]: session.csrf },
    });
    expect(withToken.statusCode).toBeLessThan(300);
  });
});

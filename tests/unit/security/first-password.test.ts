/**
 * The first operator password may be set only by someone at the machine. Behind
 * a reverse proxy on the same box (README: HTTPS for an untrusted LAN) every LAN
 * client arrives from 127.0.0.1, so a relayed request must not count as local.
 * (The direct LAN and DNS-rebinding cases are in
 * tests/unit/services/http/api/api-auth.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PASSWORD, startKit, type Kit } from '../services/http/api/api-test-kit';

let kit: Kit;
beforeEach(async () => {
  kit = await startKit({ withPassword: false });
});
afterEach(() => kit.close());

/** What common proxies add (nginx, Caddy, Apache, Traefik, RFC 7239). */
const RELAYED: Record<string, string>[] = [
  { 'x-forwarded-for': '192.168.1.20' },
  { 'x-real-ip': '192.168.1.20' },
  { forwarded: 'for=192.168.1.20;proto=https' },
  { 'x-forwarded-host': 'pano.hoitruong.lan' },
  { 'x-forwarded-proto': 'https' },
  { via: '1.1 caddy' },
];

describe('first password through a reverse proxy on the same machine', () => {
  it('a relayed request from 127.0.0.1 cannot set the first password, and is not offered the form', async () => {
    for (const headers of RELAYED) {
      const set = await kit.app.inject({
        method: 'POST',
        url: '/api/setup-password',
        payload: { password: 'proxy-attacker-pw' },
        headers: { host: '127.0.0.1:7420', ...headers },
      });
      expect(set.statusCode, JSON.stringify(headers)).toBe(401);
      const offer = await kit.app.inject({ method: 'GET', url: '/api/session', headers });
      expect(offer.json(), JSON.stringify(headers)).not.toHaveProperty('setupAvailable');
    }
    expect(kit.auth.passwordSet()).toBe(false);
  });

  it('the operator at the machine (no proxy headers) still sets it', async () => {
    const offer = await kit.app.inject({ method: 'GET', url: '/api/session' });
    expect(offer.json()).toMatchObject({ setupAvailable: true });
    const set = await kit.app.inject({
      method: 'POST',
      url: '/api/setup-password',
      payload: { password: PASSWORD },
      headers: { host: '127.0.0.1:7420' },
    });
    expect(set.statusCode).toBe(200);
    expect(kit.auth.passwordSet()).toBe(true);
  });
});

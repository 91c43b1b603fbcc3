import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiClient } from '../../../../renderer/console/api/client';
import { failureFromResponse } from '../../../../renderer/console/api/failure';

function fakeFetch(status: number, body: unknown) {
  return vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(body === undefined ? null : JSON.stringify(body), { status }),
  );
}

describe('API client', () => {
  it('sends the CSRF token with changes but not with reads, and same-origin cookies', async () => {
    const fetch = fakeFetch(200, { revision: 'r2' });
    const client = new ApiClient({ fetch });
    client.setCsrfToken('tok');
    await client.request('GET', '/api/playlist', null);
    await client.request('PUT', '/api/playlist', z.object({ revision: z.string() }), { a: 1 });
    const [get, put] = fetch.mock.calls.map((call) => call[1] as RequestInit);
    expect((get?.headers as Record<string, string>)['x-pano-csrf']).toBeUndefined();
    expect((put?.headers as Record<string, string>)['x-pano-csrf']).toBe('tok');
    expect(put?.credentials).toBe('same-origin');
    expect(put?.body).toBe('{"a":1}');
  });

  it('checks answers against the schema', async () => {
    const client = new ApiClient({ fetch: fakeFetch(200, { revision: 7 }) });
    const result = await client.request('GET', '/x', z.object({ revision: z.string() }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('bad-response');
  });

  it('tells the app when a signed-in call answers 401, and forgets the token', async () => {
    const onSignedOut = vi.fn();
    const client = new ApiClient({ fetch: fakeFetch(401, { error: 'sign in to the console first' }), onSignedOut });
    client.setCsrfToken('tok');
    await client.request('GET', '/api/status', null);
    expect(onSignedOut).toHaveBeenCalledOnce();
    expect(client.signedIn).toBe(false);
    // A wrong password while signed out is the sign-in form's business, not a redirect.
    await client.request('POST', '/api/session', null, { password: 'x' });
    expect(onSignedOut).toHaveBeenCalledOnce();
  });

  it('turns a thrown fetch into a network failure', async () => {
    const client = new ApiClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const result = await client.request('GET', '/x', null);
    expect(result).toEqual({ ok: false, error: { kind: 'network', message: 'Failed to fetch' } });
  });
});

describe('error answers', () => {
  it('reads 429 with its wait, 400 with its fields, 409, 501 and first start', () => {
    expect(failureFromResponse(429, { error: 'too many', retryAfterS: 42 })).toEqual({
      kind: 'rate-limited',
      message: 'too many',
      retryAfterS: 42,
    });
    expect(
      failureFromResponse(400, {
        error: 'invalid',
        problems: [{ field: 'playlist.items[2].durationS', message: 'must be greater than 0' }],
      }),
    ).toEqual({
      kind: 'invalid',
      message: 'invalid',
      problems: [{ field: 'playlist.items[2].durationS', message: 'must be greater than 0' }],
    });
    expect(failureFromResponse(409, { error: 'changed' }).kind).toBe('conflict');
    expect(failureFromResponse(501, { error: 'later' }).kind).toBe('not-available');
    expect(failureFromResponse(401, { error: 'x', setupAvailable: true })).toEqual({
      kind: 'unauthorized',
      message: 'x',
      setupAvailable: true,
    });
  });

  it('keeps a status line when the body is not the API error shape', () => {
    expect(failureFromResponse(502, null)).toEqual({ kind: 'refused', status: 502, message: 'HTTP 502' });
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { httpGet, type FetchLimits } from '../../../../main/services/net/http-fetch';
import { closedPortUrl, goodFeed, startFeedServer, type FeedServer } from '../../../support/feed-server';

const LIMITS: Partial<FetchLimits> = { connectTimeoutMs: 1000, totalTimeoutMs: 800, maxBytes: 1024 * 1024 };
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.setMode('good');
  server.setFeed(goodFeed());
});

const get = (path?: string, options: Parameters<typeof httpGet>[1] = {}) =>
  httpGet(server.url(path), { limits: LIMITS, ...options });
const text = (body: Uint8Array) => Buffer.from(body).toString('utf8');

describe('httpGet', () => {
  it('gets a feed with its type, final URL and validators, naming Pano to the server', async () => {
    const result = await get();
    expect(result).toMatchObject({ ok: true, notModified: false, status: 200, finalUrl: server.url() });
    if (!result.ok || result.notModified) throw new Error('expected a body');
    expect(text(result.body)).toBe(goodFeed());
    expect(result.contentType).toMatch(/rss\+xml/);
    expect(result.validators.etag).toMatch(/^"/);
    expect(result.validators.lastModified).toMatch(/GMT$/);
    expect(server.requests().at(-1)?.headers['user-agent']).toMatch(/^Pano\//);
  });

  it('sends the validators back and reports a 304 as not modified, without a body', async () => {
    const first = await get();
    if (!first.ok) throw new Error(first.error);
    const second = await get(undefined, { validators: first.validators });
    expect(second).toMatchObject({ ok: true, notModified: true, validators: first.validators });
    expect(server.requests().at(-1)?.headers['if-none-match']).toBe(first.validators.etag);
    expect(server.requests().at(-1)?.headers['if-modified-since']).toBe(first.validators.lastModified);

    server.setFeed(goodFeed(4, 'mới'));
    const third = await get(undefined, { validators: first.validators });
    expect(third).toMatchObject({ ok: true, notModified: false });
  });

  it('forgets old validators when a new body comes without its own, so an old ETag cannot bring back old news', async () => {
    const first = await get();
    if (!first.ok) throw new Error(first.error);
    server.setMode('good', { validators: false });
    server.setFeed(goodFeed(4, 'mới'));
    const second = await get(undefined, { validators: first.validators });
    expect(second).toMatchObject({ ok: true, notModified: false, validators: { etag: null, lastModified: null } });
  });

  it.each([
    ['gzip', 'gzip'],
    ['brotli', 'br'],
  ] as const)('decodes a %s body', async (mode, encoding) => {
    server.setMode(mode);
    const result = await get();
    if (!result.ok || result.notModified) throw new Error('expected a body');
    expect(text(result.body)).toBe(goodFeed());
    expect(server.requests().at(-1)?.headers['accept-encoding']).toContain(encoding);
  });

  it.each([
    ['not-found', /the server answered 404 Not Found/, 404],
    ['server-error', /the server answered 500 Internal Server Error/, 500],
  ] as const)('says what the server answered (%s)', async (mode, message, status) => {
    server.setMode(mode);
    const result = await get();
    expect(result).toMatchObject({ ok: false, kind: 'status', status });
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('says the connection was refused', async () => {
    const url = await closedPortUrl();
    const result = await httpGet(url, { limits: LIMITS });
    expect(result).toMatchObject({ ok: false, kind: 'connect' });
    if (!result.ok) expect(result.error).toBe(`could not connect to ${new URL(url).host} (connection refused)`);
  });

  it('gives up on a server that never answers within the deadline', async () => {
    server.setMode('hang');
    const started = Date.now();
    const result = await get();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result).toMatchObject({ ok: false, kind: 'timeout' });
    if (!result.ok) expect(result.error).toMatch(/no answer from 127\.0\.0\.1:\d+ within 0\.8 s/);
  });

  it('gives up on a server that drips one byte at a time', async () => {
    server.setMode('drip', { intervalMs: 50 });
    const result = await get();
    expect(result).toMatchObject({ ok: false, kind: 'timeout' });
    if (!result.ok) expect(result.error).toMatch(/did not finish within 0\.8 s/);
  });

  it.each([
    ['declares its length', true, /larger than 1 MB \(the server says 50 MB\)/],
    ['is streamed without a length', false, /^larger than 1 MB$/],
  ])('refuses a 50 MB body that %s, without reading it all', async (_how, declareLength, message) => {
    server.setMode('huge', { declareLength });
    const result = await get(undefined, { limits: { ...LIMITS, totalTimeoutMs: 5000 } });
    expect(result).toMatchObject({ ok: false, kind: 'too-large' });
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('says the connection was cut when the body is truncated', async () => {
    server.setMode('truncated');
    const result = await get();
    expect(result).toMatchObject({ ok: false, kind: 'network' });
    if (!result.ok) expect(result.error).toMatch(/cut before the whole document arrived/);
  });

  it('follows a redirect chain within the cap and reports where it ended', async () => {
    server.setMode('redirect-chain', { hops: 4 });
    const result = await get();
    expect(result).toMatchObject({ ok: true, notModified: false, finalUrl: server.url('/hop/4') });
  });

  it('refuses more redirects than the cap', async () => {
    server.setMode('redirect-chain', { hops: 6 });
    const result = await get(undefined, { limits: { ...LIMITS, maxRedirects: 5 } });
    expect(result).toMatchObject({ ok: false, kind: 'redirect' });
    if (!result.ok) expect(result.error).toMatch(/^more than 5 redirects/);
  });

  it('stops a redirect loop', async () => {
    server.setMode('redirect-loop');
    const result = await get();
    expect(result).toMatchObject({ ok: false, kind: 'redirect' });
    if (!result.ok)
      expect(result.error).toBe('the server redirects in a loop (/feed.xml → /loop-a → /loop-b → /loop-a)');
  });

  it('refuses an address that is not http(s)', async () => {
    expect(await httpGet('file:///etc/passwd')).toMatchObject({ ok: false, kind: 'bad-url' });
    expect(await httpGet('not a url')).toMatchObject({ ok: false, kind: 'bad-url' });
  });

  it('returns cancelled when the caller aborts', async () => {
    server.setMode('hang');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await get(undefined, { signal: controller.signal });
    expect(result).toMatchObject({ ok: false, kind: 'aborted' });
  });
});

describe('httpGet against a hand-made server', () => {
  let raw: Server;
  let origin: string;
  beforeAll(async () => {
    // A gzip bomb: 64 KB on the wire, 64 MB decoded; and a redirect to a javascript: URL.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    raw = createServer((request, response) => {
      if (request.url === '/bomb') {
        response.writeHead(200, { 'content-type': 'application/xml', 'content-encoding': 'gzip' }).end(bomb);
      } else {
        response.writeHead(302, { location: 'javascript:alert(1)' }).end();
      }
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => raw.close(() => resolve())));

  it('caps the decoded size of a compressed body', async () => {
    const result = await httpGet(`${origin}/bomb`, { limits: { ...LIMITS, totalTimeoutMs: 5000 } });
    expect(result).toMatchObject({ ok: false, kind: 'too-large', error: 'larger than 1 MB' });
  });

  it('does not follow a redirect to a javascript: address', async () => {
    const result = await httpGet(`${origin}/go`, { limits: LIMITS });
    expect(result).toMatchObject({ ok: false, kind: 'redirect' });
    if (!result.ok) expect(result.error).toMatch(/javascript: address, which Pano does not follow/);
  });
});

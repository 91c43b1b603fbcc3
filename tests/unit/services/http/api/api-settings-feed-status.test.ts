import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedTestResponseSchema } from '../../../../../main/core/api/feed-api';
import { statusResponseSchema } from '../../../../../main/core/api/status-api';
import { startKit, type Kit } from './api-test-kit';

let kit: Kit;
let session: { cookie: string; csrf: string };
beforeEach(async () => {
  kit = await startKit();
  session = await kit.signIn();
});
afterEach(() => kit.close());

describe('settings', () => {
  it('a patch changes only what it names', async () => {
    const response = await kit.asConsole(session, {
      method: 'PATCH',
      url: '/api/settings',
      payload: { timezone: 'Asia/Bangkok' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ timezone: 'Asia/Bangkok', showClock: true });
    expect((await kit.asConsole(session, { method: 'GET', url: '/api/settings' })).json()).toMatchObject({
      timezone: 'Asia/Bangkok',
    });
  });

  it('names each bad field and changes nothing', async () => {
    const response = await kit.asConsole(session, {
      method: 'PATCH',
      url: '/api/settings',
      payload: { timezone: 'Mars/Olympus', showClock: 'yes', feed: { url: 'ftp://x' }, colour: 1 },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ problems: { field: string }[] }>().problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['timezone', 'showClock', 'feed.url', 'colour']));
    expect(kit.settings().timezone).toBe('Asia/Ho_Chi_Minh');
  });
});

describe('announcements', () => {
  const announcement = {
    id: 'hop-khan',
    mode: 'banner',
    title: 'Họp khẩn lúc 14:00',
    startsAt: '2023-10-20T08:00:00+07:00',
    endsAt: '2023-10-20T17:00:00+07:00',
  };

  it('adds, lists and removes; a bad one names its field', async () => {
    const added = await kit.asConsole(session, {
      method: 'POST',
      url: '/api/announcements',
      payload: { announcement },
    });
    expect(added.statusCode).toBe(200);
    expect(added.json()).toEqual([{ ...announcement, body: '' }]);
    const bad = await kit.asConsole(session, {
      method: 'POST',
      url: '/api/announcements',
      payload: { announcement: { ...announcement, endsAt: '2023-10-19T08:00:00+07:00' } },
    });
    expect(bad.json()).toMatchObject({
      problems: [{ field: 'announcement.endsAt', message: 'must be after startsAt' }],
    });
    const removed = await kit.asConsole(session, { method: 'DELETE', url: '/api/announcements/hop-khan' });
    expect(removed.json()).toEqual([]);
    expect((await kit.asConsole(session, { method: 'DELETE', url: '/api/announcements/hop-khan' })).statusCode).toBe(
      404,
    );
  });
});

describe('status', () => {
  it('answers health, disk use and the last warnings and errors of the log', async () => {
    const log = join(kit.data, 'logs', 'pano.log');
    await mkdir(join(kit.data, 'logs'), { recursive: true });
    for (let i = 0; i < 30; i++) {
      const level = i % 3 === 0 ? 'info' : i % 3 === 1 ? 'warn' : 'error';
      await appendFile(
        log,
        `${JSON.stringify({ time: `2023-10-20T01:00:${String(i).padStart(2, '0')}.000Z`, level, event: `e${i}`, message: `m${i}` })}\n`,
      );
    }
    await appendFile(log, 'not json\n');
    const status = statusResponseSchema.parse(
      (await kit.asConsole(session, { method: 'GET', url: '/api/status' })).json(),
    );
    expect(status.recentErrors).toHaveLength(20);
    expect(status.recentErrors.at(-1)).toEqual({
      at: '2023-10-20T01:00:29.000Z',
      level: 'error',
      event: 'e29',
      message: 'm29',
    });
    expect(status.recentErrors.every((e) => e.level !== ('info' as string))).toBe(true);
    expect(status.health.status).toBe('ok');
    expect(await readFile(log, 'utf8')).toContain('not json');
  });

  it('schedule preview checks its days', async () => {
    const response = await kit.asConsole(session, { method: 'GET', url: '/api/schedule-preview?days=90' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ problems: [{ field: 'days', message: 'must be at most 31' }] });
  });
});

describe('feed test', () => {
  let server: Server;
  let base: string;
  beforeEach(async () => {
    const rss = await readFile(new URL('../../../../fixtures/feeds/congdoanbackan-rss.xml', import.meta.url));
    server = createServer((request, response) => {
      if (request.url === '/rss') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss);
      else response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Đăng nhập Wi-Fi</body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('shows the first five articles of a working feed without saving it', async () => {
    const response = await kit.asConsole(session, {
      method: 'POST',
      url: '/api/feed/test',
      payload: { url: `${base}/rss` },
    });
    const answer = feedTestResponseSchema.parse(response.json());
    expect(answer.ok).toBe(true);
    if (answer.ok) {
      expect(answer.format).toBe('rss');
      expect(answer.articles.length).toBeGreaterThan(0);
      expect(answer.articles.length).toBeLessThanOrEqual(5);
      expect(answer.articles[0]?.title.length).toBeGreaterThan(0);
    }
    expect(kit.settings().feed.url).toBeNull();
  });

  it('says why a page is no feed, and needs a url', async () => {
    const portal = await kit.asConsole(session, {
      method: 'POST',
      url: '/api/feed/test',
      payload: { url: `${base}/wifi` },
    });
    expect(portal.json()).toMatchObject({ ok: false });
    const noUrl = await kit.asConsole(session, { method: 'POST', url: '/api/feed/test', payload: {} });
    expect(noUrl.json()).toMatchObject({ problems: [{ field: 'url' }] });
  });
});

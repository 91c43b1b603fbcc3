import { afterEach, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { PlayRecord } from '../../../../../main/core/proof-of-play';
import { startKit, type Kit } from './api-test-kit';

let kit: Kit | undefined;
afterEach(() => kit?.close());

const play = (itemId: string, startedAt: string, durationMs: number, screen = 'kiosk'): PlayRecord => ({
  itemId,
  slideId: itemId,
  kind: 'image',
  startedAt,
  endedAt: new Date(Date.parse(startedAt) + durationMs).toISOString(),
  durationMs,
  screen,
});

describe('GET /api/proof-of-play.csv', () => {
  it('exports what played in the asked span as a CSV file Excel reads in Vietnamese', async () => {
    kit = await startKit();
    const session = await kit.signIn();
    await kit.proofOfPlay.append(play('bk1', '2023-10-18T01:00:00.000Z', 8000));
    await kit.proofOfPlay.append(play('tin-dai-hoi', '2023-10-19T01:00:08.000Z', 12000));
    await kit.proofOfPlay.append(play('bk2', '2023-10-20T00:59:00.000Z', 8000, 'Hội trường "A"'));

    const response = await kit.asConsole(session, {
      method: 'GET',
      url: '/api/proof-of-play.csv?from=2023-10-19&to=2023-10-21',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="pano-proof-of-play-2023-10-19-2023-10-20.csv"',
    );
    const lines = response.body.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('\uFEFFitemId,slideId,kind,startedAt,endedAt,durationMs,screen');
    expect(lines.slice(1)).toEqual([
      'tin-dai-hoi,tin-dai-hoi,image,2023-10-19T01:00:08.000Z,2023-10-19T01:00:20.000Z,12000,kiosk',
      'bk2,bk2,image,2023-10-20T00:59:00.000Z,2023-10-20T00:59:08.000Z,8000,"Hội trường ""A"""',
    ]);
  });

  it('covers the last 7 days when no span is given', async () => {
    kit = await startKit(); // its clock stands at 2023-10-20 08:00 in Hà Nội
    const session = await kit.signIn();
    await kit.proofOfPlay.append(play('old', '2023-10-01T01:00:00.000Z', 8000));
    await kit.proofOfPlay.append(play('recent', '2023-10-15T01:00:00.000Z', 8000));
    const response = await kit.asConsole(session, { method: 'GET', url: '/api/proof-of-play.csv' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('recent');
    expect(response.body).not.toContain('old');
  });

  it('names a bad span', async () => {
    kit = await startKit();
    const session = await kit.signIn();
    for (const [query, field] of [
      ['from=yesterday', 'from'],
      ['from=2023-10-20&to=2023-10-19', 'to'],
      ['from=2020-01-01&to=2023-10-19', 'from'],
      ['colour=red', 'colour'],
    ] as const) {
      const response = await kit.asConsole(session, { method: 'GET', url: `/api/proof-of-play.csv?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json<{ problems: { field: string }[] }>().problems.map((p) => p.field)).toContain(field);
    }
  });
});

describe('GET /api/screenshot.png', () => {
  it('says plainly that a browser host has no screen of its own to capture', async () => {
    kit = await startKit();
    const session = await kit.signIn();
    const response = await kit.asConsole(session, { method: 'GET', url: '/api/screenshot.png' });
    expect(response.statusCode).toBe(503);
    expect(response.json<{ error: string }>().error).toMatch(/no screen of its own/);
  });

  it('returns the picture the shell captures, uncached', async () => {
    const picture = new PNG({ width: 4, height: 2 });
    picture.data.fill(200);
    const png = PNG.sync.write(picture);
    kit = await startKit({ screenshot: async () => png });
    const session = await kit.signIn();
    const response = await kit.asConsole(session, { method: 'GET', url: '/api/screenshot.png' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['cache-control']).toBe('no-store');
    const decoded = PNG.sync.read(response.rawPayload);
    expect([decoded.width, decoded.height]).toEqual([4, 2]);
  });

  it('answers 503 with the reason when the capture fails, and logs it', async () => {
    kit = await startKit({
      screenshot: async () => {
        throw new Error('the window is being replaced');
      },
    });
    const session = await kit.signIn();
    const response = await kit.asConsole(session, { method: 'GET', url: '/api/screenshot.png' });
    expect(response.statusCode).toBe(503);
    expect(response.json<{ error: string }>().error).toBe(
      'the screen could not be captured: the window is being replaced',
    );
    expect(kit.lines.join('\n')).toContain('screenshot failed: the window is being replaced');
  });

  it('is refused without a session, like every API route', async () => {
    kit = await startKit({ screenshot: async () => Buffer.from('secret') });
    for (const url of ['/api/screenshot.png', '/api/proof-of-play.csv']) {
      const response = await kit.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(401);
    }
  });
});

describe('POST /api/screens/reload', () => {
  it('asks every screen to refresh at its next slide change and says how many heard it', async () => {
    kit = await startKit();
    const session = await kit.signIn();
    const response = await kit.asConsole(session, { method: 'POST', url: '/api/screens/reload', payload: {} });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ screens: 2 });
    expect(kit.reloadRequests).toEqual(['an operator asked from the console']);
  });

  it('names an unexpected field and asks nothing', async () => {
    kit = await startKit();
    const session = await kit.signIn();
    const response = await kit.asConsole(session, {
      method: 'POST',
      url: '/api/screens/reload',
      payload: { now: true },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ problems: { field: string }[] }>().problems.map((p) => p.field)).toEqual(['now']);
    expect(kit.reloadRequests).toEqual([]);
  });

  it('needs the CSRF token like every change', async () => {
    kit = await startKit();
    const session = await kit.signIn();
    const response = await kit.asConsole(session, {
      method: 'POST',
      url: '/api/screens/reload',
      payload: {},
      headers: { 'x-pano-csrf': 'forged' },
    });
    expect(response.statusCode).toBe(403);
    expect(kit.reloadRequests).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ScreenReport } from '../../../../main/core/bridge';
import type { PlayRecord } from '../../../../main/core/proof-of-play';
import type { ScreenSilence } from '../../../../main/services/host/host-api';
import { createScreenMonitor } from '../../../../main/services/host/screen-monitor';
import type { Logger } from '../../../../main/services/logger';

const T0 = Date.parse('2026-11-27T08:00:00+07:00');

function setUp(options: { failWrites?: boolean } = {}) {
  const clock = { mono: 1_000 };
  const lines: string[] = [];
  const push = (_event: string, message: string) => lines.push(message);
  const logger: Logger = { info: push, warn: push, error: push };
  const records: PlayRecord[] = [];
  const plays = {
    append: async (record: PlayRecord) => {
      if (options.failWrites) throw new Error('ENOSPC: no space left on device');
      records.push(record);
    },
  };
  const monitor = createScreenMonitor({ logger, plays, monotonicNow: () => clock.mono });
  const silences: ScreenSilence[] = [];
  monitor.onSilent((silence) => silences.push(silence));
  const advance = (ms: number) => {
    clock.mono += ms;
    monitor.check();
  };
  return { clock, lines, records, monitor, silences, advance };
}

const shown = (pageId: string, itemId: string, atMs: number): ScreenReport => ({
  type: 'slide-shown',
  pageId,
  itemId,
  slideId: itemId,
  kind: 'image',
  atMs,
});
const beat = (pageId: string): ScreenReport => ({ type: 'heartbeat', pageId, slideId: null, lagMs: 0 });

/** Sends a heartbeat from `pageId` every 5 s for `ms`. */
function keepBeating(kit: ReturnType<typeof setUp>, pageId: string, ms: number, screen = 'kiosk') {
  for (let done = 0; done < ms; done += 5_000) {
    kit.advance(5_000);
    kit.monitor.take(beat(pageId), screen);
  }
}

describe('screen monitor', () => {
  it('logs each showing with the time it stayed on screen, by the page’s own clock', async () => {
    const kit = setUp();
    kit.monitor.take(shown('p1', 'bk1', T0), 'kiosk');
    kit.advance(8_000);
    kit.monitor.take(shown('p1', 'bk2', T0 + 8_000), 'kiosk');
    kit.advance(8_000);
    kit.monitor.take(shown('p1', 'bk3', T0 + 16_000), 'kiosk');
    await kit.monitor.close();
    expect(kit.records.map((r) => [r.itemId, r.startedAt, r.endedAt, r.durationMs, r.screen])).toEqual([
      ['bk1', '2026-11-27T01:00:00.000Z', '2026-11-27T01:00:08.000Z', 8000, 'kiosk'],
      ['bk2', '2026-11-27T01:00:08.000Z', '2026-11-27T01:00:16.000Z', 8000, 'kiosk'],
      ['bk3', '2026-11-27T01:00:16.000Z', '2026-11-27T01:00:16.000Z', 0, 'kiosk'],
    ]);
    expect(kit.monitor.counts().slideChanges).toBe(3);
  });

  it('counts a page that stops reporting as silent once, ends its showing at its last word, and says when it is back', async () => {
    const kit = setUp();
    kit.monitor.take(shown('p1', 'bk1', T0), '10.0.0.5');
    keepBeating(kit, 'p1', 10_000, '10.0.0.5');
    kit.advance(29_000);
    expect(kit.silences).toEqual([]);
    kit.advance(2_000);
    expect(kit.silences).toEqual([{ screen: '10.0.0.5', pageId: 'p1', silentForMs: 31_000 }]);
    kit.advance(60_000);
    expect(kit.silences).toHaveLength(1);
    expect(kit.lines.filter((l) => l.includes('has not reported'))).toEqual([
      'screen 10.0.0.5: the page has not reported for 31 s (closed, or stuck)',
    ]);
    expect(kit.monitor.counts()).toMatchObject({ pagesSilent: 1, pagesReporting: 0 });
    await kit.monitor.close();
    expect(kit.records.map((r) => [r.itemId, r.durationMs])).toEqual([['bk1', 10_000]]);

    kit.monitor.take(beat('p1'), '10.0.0.5');
    expect(kit.lines.at(-1)).toBe('screen 10.0.0.5: the page is reporting again');
  });

  it('does not call a reloaded page silent: its successor on the same screen is alive', () => {
    const kit = setUp();
    keepBeating(kit, 'old', 20_000);
    // The renderer crashed and the window reloaded: a new page id, the old one never speaks again.
    keepBeating(kit, 'new', 120_000);
    expect(kit.silences).toEqual([]);
    expect(kit.monitor.counts()).toMatchObject({ pagesReporting: 1, pagesSilent: 0 });
  });

  it('counts a page that reloads itself as a recovery by its reason and logs why', () => {
    const kit = setUp();
    kit.monitor.take(shown('p1', 'bk1', T0), 'kiosk');
    kit.monitor.take(
      { type: 'reloading', pageId: 'p1', reason: 'blocked', detail: 'the page was blocked for 12 s (limit 10 s)' },
      'kiosk',
    );
    kit.monitor.recordRecovery('renderer-gone:crashed');
    kit.monitor.recordRecovery('renderer-gone:crashed');
    expect(kit.monitor.counts().recoveries).toEqual({ 'page-blocked': 1, 'renderer-gone:crashed': 2 });
    expect(kit.lines).toContain(
      'screen kiosk: the page reloads itself (blocked): the page was blocked for 12 s (limit 10 s)',
    );
    kit.advance(120_000);
    expect(kit.silences).toEqual([]); // it said goodbye; its successor has a new id
  });

  it('keeps the number of recovery reasons bounded', () => {
    const kit = setUp();
    for (let i = 0; i < 100; i++) kit.monitor.recordRecovery(`reason-${i}`);
    expect(Object.keys(kit.monitor.counts().recoveries).length).toBeLessThanOrEqual(33);
    expect(kit.monitor.counts().recoveries.other).toBeGreaterThan(0);
  });

  it('forgets silent pages after a while, so months of reloads keep memory flat', () => {
    const kit = setUp();
    for (let i = 0; i < 50; i++) {
      kit.monitor.take(beat(`tab-${i}`), `10.0.0.${i}`);
      kit.advance(40_000);
    }
    kit.advance(11 * 60_000);
    expect(kit.monitor.counts()).toMatchObject({ pagesReporting: 0, pagesSilent: 0 });
  });

  it('says once that proof of play cannot be written, and keeps watching the screen', async () => {
    const kit = setUp({ failWrites: true });
    for (let i = 0; i < 5; i++) kit.monitor.take(shown('p1', `bk${i + 1}`, T0 + i * 8000), 'kiosk');
    await kit.monitor.close();
    expect(kit.lines.filter((l) => l.includes('proof of play could not be written'))).toEqual([
      'proof of play could not be written: ENOSPC: no space left on device',
    ]);
    expect(kit.monitor.counts().slideChanges).toBe(5);
  });
});

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAINTENANCE_SETTINGS,
  isMaintenanceDue,
  nextMaintenanceAtMs,
} from '../../../../main/core/kiosk/maintenance-policy';
import { utc, wall } from './zoned';

const HANOI = 'Asia/Ho_Chi_Minh';
const BERLIN = 'Europe/Berlin';
const hanoi = (date: string, time: string) => wall(HANOI, date, time);
const daily = DEFAULT_MAINTENANCE_SETTINGS;

describe('maintenance reload', () => {
  const loadedYesterday = hanoi('2024-04-30', '12:00');

  it('falls due at 03:30 by default on the screen clock, and not a minute before', () => {
    const at = (time: string) => ({
      timeZone: HANOI,
      nowMs: hanoi('2024-05-01', time),
      lastLoadedAtMs: loadedYesterday,
    });
    expect(nextMaintenanceAtMs(daily, at('03:29'))).toBe(hanoi('2024-05-01', '03:30'));
    expect(isMaintenanceDue(daily, at('03:29'), [])).toBe(false);
    expect(isMaintenanceDue(daily, at('03:30'), [])).toBe(true);
    // Asked at the first slide change after the moment, it is still due.
    expect(isMaintenanceDue(daily, at('03:31'), [])).toBe(true);
  });

  it('happens once a day: after the reload the next one is tomorrow', () => {
    const context = {
      timeZone: HANOI,
      nowMs: hanoi('2024-05-01', '03:45'),
      lastLoadedAtMs: hanoi('2024-05-01', '03:31'),
    };
    expect(isMaintenanceDue(daily, context, [])).toBe(false);
    expect(nextMaintenanceAtMs(daily, context)).toBe(hanoi('2024-05-02', '03:30'));
  });

  it('skips the night after a start or recovery that already gave the screen a fresh page that day', () => {
    const context = {
      timeZone: HANOI,
      nowMs: hanoi('2024-05-01', '04:00'),
      lastLoadedAtMs: hanoi('2024-05-01', '01:15'),
    };
    expect(isMaintenanceDue(daily, context, [])).toBe(false);
    expect(nextMaintenanceAtMs(daily, context)).toBe(hanoi('2024-05-02', '03:30'));
  });

  it('never interrupts an announcement, and reloads at the first slide change after it ends', () => {
    const alarm = { startsAtMs: hanoi('2024-05-01', '03:00'), endsAtMs: hanoi('2024-05-01', '04:00') };
    const at = (time: string) => ({
      timeZone: HANOI,
      nowMs: hanoi('2024-05-01', time),
      lastLoadedAtMs: loadedYesterday,
    });
    expect(isMaintenanceDue(daily, at('03:31'), [alarm])).toBe(false);
    expect(isMaintenanceDue(daily, at('03:59'), [alarm])).toBe(false);
    expect(nextMaintenanceAtMs(daily, at('03:59'))).toBe(hanoi('2024-05-01', '03:30'));
    expect(isMaintenanceDue(daily, at('04:00'), [alarm])).toBe(true);
  });

  it('carries an overdue reload past midnight, and then skips that day so it stays once a day', () => {
    const late = { reloadAt: '23:50' };
    const meeting = { startsAtMs: hanoi('2024-05-01', '23:00'), endsAtMs: hanoi('2024-05-02', '00:30') };
    const at = (nowMs: number, lastLoadedAtMs = loadedYesterday) => ({ timeZone: HANOI, nowMs, lastLoadedAtMs });
    expect(isMaintenanceDue(late, at(hanoi('2024-05-01', '23:55')), [meeting])).toBe(false);
    expect(isMaintenanceDue(late, at(hanoi('2024-05-02', '00:31')), [meeting])).toBe(true);
    const reloaded = hanoi('2024-05-02', '00:31');
    expect(nextMaintenanceAtMs(late, at(hanoi('2024-05-02', '23:55'), reloaded))).toBe(hanoi('2024-05-03', '23:50'));
    expect(isMaintenanceDue(late, at(hanoi('2024-05-02', '23:55'), reloaded), [])).toBe(false);
  });

  it('comes when clocks jump past a time skipped by DST', () => {
    // Berlin, 31 March 2024: 02:00 CET becomes 03:00 CEST, so 02:30 never shows; it comes at 03:00 (01:00 UTC).
    const context = { timeZone: BERLIN, nowMs: utc('2024-03-30T23:30:00'), lastLoadedAtMs: utc('2024-03-30T08:00:00') };
    expect(nextMaintenanceAtMs({ reloadAt: '02:30' }, context)).toBe(utc('2024-03-31T01:00:00'));
    expect(isMaintenanceDue({ reloadAt: '02:30' }, { ...context, nowMs: utc('2024-03-31T00:59:00') }, [])).toBe(false);
    expect(isMaintenanceDue({ reloadAt: '02:30' }, { ...context, nowMs: utc('2024-03-31T01:00:00') }, [])).toBe(true);
  });

  it('reloads once on the night clocks go back, though 02:30 shows twice', () => {
    // Berlin, 27 October 2024: 02:30 CEST (00:30 UTC), then 02:30 CET again (01:30 UTC).
    const settings = { reloadAt: '02:30' };
    const first = { timeZone: BERLIN, nowMs: utc('2024-10-27T00:30:00'), lastLoadedAtMs: utc('2024-10-26T09:00:00') };
    expect(isMaintenanceDue(settings, first, [])).toBe(true);
    const second = { timeZone: BERLIN, nowMs: utc('2024-10-27T01:31:00'), lastLoadedAtMs: utc('2024-10-27T00:30:00') };
    expect(isMaintenanceDue(settings, second, [])).toBe(false);
    expect(nextMaintenanceAtMs(settings, second)).toBe(utc('2024-10-28T01:30:00'));
  });

  it('never reloads when switched off', () => {
    const context = { timeZone: HANOI, nowMs: hanoi('2024-05-01', '03:31'), lastLoadedAtMs: loadedYesterday };
    expect(nextMaintenanceAtMs({ reloadAt: null }, context)).toBeNull();
    expect(isMaintenanceDue({ reloadAt: null }, context, [])).toBe(false);
  });
});

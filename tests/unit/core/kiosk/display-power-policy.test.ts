import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DISPLAY_POWER_SETTINGS,
  displayPowerSettingsSchema,
  displayShouldBeOn,
  nextDisplayPowerChangeAtMs,
} from '../../../../main/core/kiosk/display-power-policy';
import { utc, wall } from './zoned';

const HANOI = 'Asia/Ho_Chi_Minh';
const NEW_YORK = 'America/New_York';
const hanoi = (date: string, time: string) => wall(HANOI, date, time);
const power = (on: unknown) => displayPowerSettingsSchema.parse({ enabled: true, on });

// 2024-05-06 is a Monday.
describe('display power', () => {
  it('keeps the display on all the time while display power is not enabled', () => {
    expect(displayShouldBeOn(DEFAULT_DISPLAY_POWER_SETTINGS, hanoi('2024-05-06', '03:00'), HANOI)).toBe(true);
    expect(nextDisplayPowerChangeAtMs(DEFAULT_DISPLAY_POWER_SETTINGS, hanoi('2024-05-06', '03:00'), HANOI)).toBeNull();
  });

  it('once enabled with no hours given, is on from 06:00 until 22:00 every day', () => {
    const settings = displayPowerSettingsSchema.parse({ enabled: true });
    expect(displayShouldBeOn(settings, hanoi('2024-05-06', '05:59'), HANOI)).toBe(false);
    expect(displayShouldBeOn(settings, hanoi('2024-05-06', '06:00'), HANOI)).toBe(true);
    expect(displayShouldBeOn(settings, hanoi('2024-05-06', '22:00'), HANOI)).toBe(false);
    expect(nextDisplayPowerChangeAtMs(settings, hanoi('2024-05-06', '23:00'), HANOI)).toBe(
      hanoi('2024-05-07', '06:00'),
    );
    expect(nextDisplayPowerChangeAtMs(settings, hanoi('2024-05-06', '06:00'), HANOI)).toBe(
      hanoi('2024-05-06', '22:00'),
    );
  });

  it('runs a window past midnight into the next day, counted for the day it starts', () => {
    const settings = power({ fri: [{ start: '18:00', end: '02:00' }] });
    expect(displayShouldBeOn(settings, hanoi('2024-05-10', '17:59'), HANOI)).toBe(false);
    expect(displayShouldBeOn(settings, hanoi('2024-05-11', '01:59'), HANOI)).toBe(true);
    expect(displayShouldBeOn(settings, hanoi('2024-05-11', '02:00'), HANOI)).toBe(false);
    // Thursday has no window, so Thursday night past midnight stays dark.
    expect(displayShouldBeOn(settings, hanoi('2024-05-10', '01:00'), HANOI)).toBe(false);
    expect(nextDisplayPowerChangeAtMs(settings, hanoi('2024-05-10', '20:00'), HANOI)).toBe(
      hanoi('2024-05-11', '02:00'),
    );
  });

  it('follows the week across its edge: Sunday night into Monday', () => {
    const settings = power({ sun: [{ start: '22:00', end: '01:00' }], mon: [{ start: '07:00', end: '17:00' }] });
    expect(displayShouldBeOn(settings, hanoi('2024-05-06', '00:30'), HANOI)).toBe(true);
    expect(nextDisplayPowerChangeAtMs(settings, hanoi('2024-05-06', '00:30'), HANOI)).toBe(
      hanoi('2024-05-06', '01:00'),
    );
    expect(nextDisplayPowerChangeAtMs(settings, hanoi('2024-05-06', '01:00'), HANOI)).toBe(
      hanoi('2024-05-06', '07:00'),
    );
    expect(nextDisplayPowerChangeAtMs(settings, hanoi('2024-05-06', '17:00'), HANOI)).toBe(
      hanoi('2024-05-12', '22:00'),
    );
  });

  it('does not report a change where Monday evening meets Tuesday morning at midnight', () => {
    const settings = power({ mon: [{ start: '20:00', end: '00:00' }], tue: [{ start: '00:00', end: '08:00' }] });
    expect(nextDisplayPowerChangeAtMs(settings, hanoi('2024-05-06', '21:00'), HANOI)).toBe(
      hanoi('2024-05-07', '08:00'),
    );
  });

  it('never changes when the display is on around the clock', () => {
    const allDay = [
      { start: '00:00', end: '12:00' },
      { start: '12:00', end: '00:00' },
    ];
    const settings = power(
      Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, allDay])),
    );
    expect(displayShouldBeOn(settings, hanoi('2024-05-06', '12:00'), HANOI)).toBe(true);
    expect(nextDisplayPowerChangeAtMs(settings, hanoi('2024-05-06', '12:00'), HANOI)).toBeNull();
  });

  it('wakes and sleeps by the wall clock across DST changes', () => {
    const everyDay = { start: '08:00', end: '22:00' };
    const settings = power(
      Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [everyDay]])),
    );
    // New York, Sunday 10 March 2024: EST until 02:00, then EDT, so 08:00 is 12:00 UTC (it was 13:00 the day before).
    expect(nextDisplayPowerChangeAtMs(settings, utc('2024-03-10T05:00:00'), NEW_YORK)).toBe(utc('2024-03-10T12:00:00'));
    expect(nextDisplayPowerChangeAtMs(settings, utc('2024-03-09T05:00:00'), NEW_YORK)).toBe(utc('2024-03-09T13:00:00'));
    // Sunday 3 November 2024: back to EST, 08:00 is 13:00 UTC.
    expect(nextDisplayPowerChangeAtMs(settings, utc('2024-11-03T06:00:00'), NEW_YORK)).toBe(utc('2024-11-03T13:00:00'));
  });

  it('shortens a night window by the hour clocks skip and lengthens it by the hour they repeat', () => {
    const late = { start: '23:00', end: '03:00' };
    // Saturday 9 March 23:00 EST (04:00 UTC) until Sunday 03:00 EDT (07:00 UTC): three hours, not four.
    const spring = power({ sat: [late] });
    expect(displayShouldBeOn(spring, utc('2024-03-10T06:59:00'), NEW_YORK)).toBe(true);
    expect(nextDisplayPowerChangeAtMs(spring, utc('2024-03-10T05:00:00'), NEW_YORK)).toBe(utc('2024-03-10T07:00:00'));
    // Saturday 2 November 23:00 EDT (03:00 UTC) until Sunday 03:00 EST (08:00 UTC): five hours.
    const autumn = power({ sat: [late] });
    expect(nextDisplayPowerChangeAtMs(autumn, utc('2024-11-03T05:00:00'), NEW_YORK)).toBe(utc('2024-11-03T08:00:00'));
  });

  it('names a real change: on one side of it the display is as now, on the other it is not', () => {
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const window = fc
      .tuple(time, time)
      .filter(([start, end]) => start !== end)
      .map(([start, end]) => ({ start, end }));
    const day = fc.array(window, { maxLength: 3 });
    const week = fc.record({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day });
    fc.assert(
      fc.property(
        week.filter((on) => Object.values(on).some((windows) => windows.length > 0)),
        fc.integer({ min: utc('2024-01-01T00:00:00'), max: utc('2025-01-01T00:00:00') }),
        fc.constantFrom(HANOI, NEW_YORK, 'Europe/Berlin'),
        (on, nowMs, zone) => {
          const settings = power(on);
          const changeMs = nextDisplayPowerChangeAtMs(settings, nowMs, zone);
          const onNow = displayShouldBeOn(settings, nowMs, zone);
          if (changeMs === null) return;
          expect(changeMs).toBeGreaterThan(nowMs);
          expect(displayShouldBeOn(settings, changeMs, zone)).toBe(!onNow);
          expect(displayShouldBeOn(settings, changeMs - 1, zone)).toBe(onNow);
        },
      ),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { scheduleHolds } from '../../../../main/core/schedule/schedule-holds';
import type { Schedule } from '../../../../main/core/schedule/schedule-schema';
import { hanoi } from './state-fixtures';

const HCM = 'Asia/Ho_Chi_Minh';
const at = (iso: string) => Date.parse(iso);

describe('scheduleHolds in Bắc Kạn (Asia/Ho_Chi_Minh)', () => {
  it('an empty schedule always holds', () => {
    expect(scheduleHolds({}, hanoi('2023-05-31', '03:17'), HCM)).toBe(true);
  });

  it("the campaign phase 'from 1/3 until 31/5/2023' plays from 00:00 on the 1st to 23:59 on the 31st, not on 1/6", () => {
    const phase: Schedule = { from: '2023-03-01', until: '2023-05-31' };
    expect(scheduleHolds(phase, hanoi('2023-02-28', '23:59') + 59_999, HCM)).toBe(false);
    expect(scheduleHolds(phase, hanoi('2023-03-01', '00:00'), HCM)).toBe(true);
    expect(scheduleHolds(phase, hanoi('2023-05-31', '23:59') + 59_999, HCM)).toBe(true);
    expect(scheduleHolds(phase, hanoi('2023-06-01', '00:00'), HCM)).toBe(false);
  });

  it("reads dates on the screen's calendar: 31/5 17:30 UTC is already 1/6 in the hall", () => {
    expect(scheduleHolds({ until: '2023-05-31' }, at('2023-05-31T17:30:00Z'), HCM)).toBe(false);
    expect(scheduleHolds({ until: '2023-05-31' }, at('2023-05-31T16:59:59Z'), HCM)).toBe(true);
  });

  it('plays the evening playlist 22:00–02:00 at 22:30 and at 01:59, not at 02:00 nor at 21:59', () => {
    const evening: Schedule = { times: [{ start: '22:00', end: '02:00' }] };
    expect(scheduleHolds(evening, hanoi('2023-05-10', '22:30'), HCM)).toBe(true);
    expect(scheduleHolds(evening, hanoi('2023-05-11', '01:59'), HCM)).toBe(true);
    expect(scheduleHolds(evening, hanoi('2023-05-11', '02:00'), HCM)).toBe(false);
    expect(scheduleHolds(evening, hanoi('2023-05-10', '21:59'), HCM)).toBe(false);
  });

  it('a window past midnight on the last day runs to its end, and one from the day before the first does not', () => {
    const phase: Schedule = { from: '2023-05-20', until: '2023-05-31', times: [{ start: '22:00', end: '02:00' }] };
    expect(scheduleHolds(phase, hanoi('2023-06-01', '01:30'), HCM)).toBe(true);
    expect(scheduleHolds(phase, hanoi('2023-06-01', '02:00'), HCM)).toBe(false);
    expect(scheduleHolds(phase, hanoi('2023-05-20', '01:30'), HCM)).toBe(false);
    expect(scheduleHolds(phase, hanoi('2023-05-20', '22:00'), HCM)).toBe(true);
  });

  it('a Saturday-night window counts for Saturday: it plays after midnight into Sunday, not after Friday', () => {
    const saturdayNight: Schedule = { days: ['sat'], times: [{ start: '21:00', end: '01:00' }] };
    // 2023-05-13 was a Saturday.
    expect(scheduleHolds(saturdayNight, hanoi('2023-05-13', '21:00'), HCM)).toBe(true);
    expect(scheduleHolds(saturdayNight, hanoi('2023-05-14', '00:30'), HCM)).toBe(true);
    expect(scheduleHolds(saturdayNight, hanoi('2023-05-14', '21:30'), HCM)).toBe(false);
    expect(scheduleHolds(saturdayNight, hanoi('2023-05-13', '00:30'), HCM)).toBe(false);
  });

  it('plays on working days only, all day', () => {
    const weekdays: Schedule = { days: ['mon', 'tue', 'wed', 'thu', 'fri'] };
    expect(scheduleHolds(weekdays, hanoi('2023-05-12', '23:59'), HCM)).toBe(true); // Friday
    expect(scheduleHolds(weekdays, hanoi('2023-05-13', '00:00'), HCM)).toBe(false); // Saturday
    expect(scheduleHolds(weekdays, hanoi('2023-05-15', '00:00'), HCM)).toBe(true); // Monday
  });

  it('holds in any of several windows and not between them', () => {
    const shifts: Schedule = {
      times: [
        { start: '06:30', end: '08:00' },
        { start: '11:00', end: '13:30' },
      ],
    };
    expect(scheduleHolds(shifts, hanoi('2023-05-10', '07:00'), HCM)).toBe(true);
    expect(scheduleHolds(shifts, hanoi('2023-05-10', '09:00'), HCM)).toBe(false);
    expect(scheduleHolds(shifts, hanoi('2023-05-10', '13:29'), HCM)).toBe(true);
    expect(scheduleHolds(shifts, hanoi('2023-05-10', '13:30'), HCM)).toBe(false);
  });
});

describe('scheduleHolds across DST changes', () => {
  it('Berlin spring-forward: 01:30–03:00 plays from 01:30 until the clock jumps from 01:59:59 to 03:00', () => {
    // 31 March 2024: 02:00 CET (01:00 UTC) becomes 03:00 CEST.
    const night: Schedule = { times: [{ start: '01:30', end: '03:00' }] };
    expect(scheduleHolds(night, at('2024-03-31T01:29:00+01:00'), 'Europe/Berlin')).toBe(false);
    expect(scheduleHolds(night, at('2024-03-31T01:30:00+01:00'), 'Europe/Berlin')).toBe(true);
    expect(scheduleHolds(night, at('2024-03-31T01:59:59+01:00'), 'Europe/Berlin')).toBe(true);
    expect(scheduleHolds(night, at('2024-03-31T03:00:00+02:00'), 'Europe/Berlin')).toBe(false);
  });

  it('Berlin spring-forward: a window 02:30–03:30 that half never happens plays while the clock reads 03:00–03:30', () => {
    const skipped: Schedule = { times: [{ start: '02:30', end: '03:30' }] };
    expect(scheduleHolds(skipped, at('2024-03-31T01:59:59+01:00'), 'Europe/Berlin')).toBe(false);
    expect(scheduleHolds(skipped, at('2024-03-31T03:00:00+02:00'), 'Europe/Berlin')).toBe(true);
    expect(scheduleHolds(skipped, at('2024-03-31T03:30:00+02:00'), 'Europe/Berlin')).toBe(false);
  });

  it('Berlin fall-back: 22:00–02:00 stops at the first 02:00 and does not come back when 02:00 repeats', () => {
    // 27 October 2024: 03:00 CEST (01:00 UTC) becomes 02:00 CET.
    const evening: Schedule = { times: [{ start: '22:00', end: '02:00' }] };
    expect(scheduleHolds(evening, at('2024-10-26T22:00:00+02:00'), 'Europe/Berlin')).toBe(true);
    expect(scheduleHolds(evening, at('2024-10-27T01:59:59+02:00'), 'Europe/Berlin')).toBe(true);
    expect(scheduleHolds(evening, at('2024-10-27T02:00:00+02:00'), 'Europe/Berlin')).toBe(false);
    expect(scheduleHolds(evening, at('2024-10-27T01:59:59+01:00'), 'Europe/Berlin')).toBe(false);
    expect(scheduleHolds(evening, at('2024-10-27T02:30:00+01:00'), 'Europe/Berlin')).toBe(false);
  });

  it('New York fall-back: 22:00–02:00 plays through the repeated hour until the clock first reads 02:00', () => {
    // 3 November 2024: 02:00 EDT becomes 01:00 EST; 01:00–01:59 happens twice.
    const evening: Schedule = { times: [{ start: '22:00', end: '02:00' }] };
    expect(scheduleHolds(evening, at('2024-11-03T01:30:00-04:00'), 'America/New_York')).toBe(true);
    expect(scheduleHolds(evening, at('2024-11-03T01:30:00-05:00'), 'America/New_York')).toBe(true);
    expect(scheduleHolds(evening, at('2024-11-03T02:00:00-05:00'), 'America/New_York')).toBe(false);
  });

  it('New York spring-forward: the day of 23 hours is still one whole day for a weekday schedule', () => {
    // 10 March 2024 was a Sunday; clocks went from 02:00 EST to 03:00 EDT.
    const sunday: Schedule = { days: ['sun'] };
    expect(scheduleHolds(sunday, at('2024-03-10T00:00:00-05:00'), 'America/New_York')).toBe(true);
    expect(scheduleHolds(sunday, at('2024-03-10T23:59:59-04:00'), 'America/New_York')).toBe(true);
    expect(scheduleHolds(sunday, at('2024-03-11T00:00:00-04:00'), 'America/New_York')).toBe(false);
    expect(scheduleHolds(sunday, at('2024-03-09T23:59:59-05:00'), 'America/New_York')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { nextScheduleChange, previousScheduleChange } from '../../../../main/core/schedule/schedule-changes';
import type { Schedule } from '../../../../main/core/schedule/schedule-schema';
import { hanoi } from './state-fixtures';

const HCM = 'Asia/Ho_Chi_Minh';

describe('nextScheduleChange and previousScheduleChange', () => {
  const evening: Schedule = { times: [{ start: '22:00', end: '02:00' }] };

  it("names the evening window's end as the next change during it, and its start as the previous one", () => {
    const now = hanoi('2023-05-10', '23:00');
    expect(nextScheduleChange([evening], now, HCM)).toBe(hanoi('2023-05-11', '02:00'));
    expect(previousScheduleChange([evening], now, HCM)).toBe(hanoi('2023-05-10', '22:00'));
  });

  it('is strictly after now for the next change and at or before now for the previous one', () => {
    const start = hanoi('2023-05-10', '22:00');
    expect(nextScheduleChange([evening], start, HCM)).toBe(hanoi('2023-05-11', '02:00'));
    expect(previousScheduleChange([evening], start, HCM)).toBe(start);
  });

  it('takes the earliest change of several schedules', () => {
    const lunch: Schedule = { times: [{ start: '11:00', end: '13:00' }] };
    expect(nextScheduleChange([evening, lunch], hanoi('2023-05-10', '10:00'), HCM)).toBe(hanoi('2023-05-10', '11:00'));
  });

  it('finds no change for no schedules or one that holds all day every day, and only the edges of a campaign', () => {
    expect(nextScheduleChange([], hanoi('2023-05-10'), HCM)).toBeNull();
    expect(nextScheduleChange([{}], hanoi('2023-05-10'), HCM)).toBeNull();
    expect(previousScheduleChange([{}], hanoi('2023-05-10'), HCM)).toBeNull();
    const campaign: Schedule = { from: '2025-03-01', until: '2026-05-31' };
    expect(nextScheduleChange([campaign], hanoi('2023-05-10'), HCM)).toBe(hanoi('2025-03-01'));
    expect(nextScheduleChange([campaign], hanoi('2025-03-01'), HCM)).toBe(hanoi('2026-06-01'));
    expect(previousScheduleChange([campaign], hanoi('2027-01-01'), HCM)).toBe(hanoi('2026-06-01'));
    expect(nextScheduleChange([campaign], hanoi('2026-06-01'), HCM)).toBeNull();
  });

  it('makes no change where two windows meet: 06:00–12:00 and 12:00–18:00 is one stretch', () => {
    const day: Schedule = {
      times: [
        { start: '06:00', end: '12:00' },
        { start: '12:00', end: '18:00' },
      ],
    };
    expect(nextScheduleChange([day], hanoi('2023-05-10', '07:00'), HCM)).toBe(hanoi('2023-05-10', '18:00'));
  });

  it('sees a window that begins on a spring-forward night as starting when the clock jumps', () => {
    const night: Schedule = { times: [{ start: '02:30', end: '04:00' }] };
    const now = Date.parse('2024-03-30T12:00:00+01:00');
    expect(nextScheduleChange([night], now, 'Europe/Berlin')).toBe(Date.parse('2024-03-31T03:00:00+02:00'));
  });

  it('answers for 50 schedules in a few milliseconds', () => {
    const schedules: Schedule[] = Array.from({ length: 50 }, (_, index) => ({
      from: '2023-01-01',
      until: '2024-12-31',
      days: index % 2 ? ['mon', 'wed', 'fri'] : ['sat', 'sun'],
      times: [
        { start: `${String(6 + (index % 10)).padStart(2, '0')}:00`, end: '17:30' },
        { start: '21:00', end: '01:15' },
      ],
    }));
    const now = hanoi('2023-07-01', '12:00');
    nextScheduleChange(schedules, now, 'Europe/Berlin'); // warm the zone table, as a running screen has
    const started = performance.now();
    for (let round = 0; round < 10; round++) {
      nextScheduleChange(schedules, now + round * 3_600_000, 'Europe/Berlin');
      previousScheduleChange(schedules, now + round * 3_600_000, 'Europe/Berlin');
    }
    expect((performance.now() - started) / 20).toBeLessThan(10);
  });
});

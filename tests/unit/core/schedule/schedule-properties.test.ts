import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextScheduleChange, previousScheduleChange } from '../../../../main/core/schedule/schedule-changes';
import { scheduleHolds } from '../../../../main/core/schedule/schedule-holds';
import { WEEKDAYS, type Schedule } from '../../../../main/core/schedule/schedule-schema';
import { instantArb, scheduleArb, zoneArb } from './arbitraries';

const HOUR_MS = 3_600_000;

/** A plain oracle for a zone without DST (UTC+7): wall date and minute compared as written. */
function naiveHoldsInHanoi(schedule: Schedule, nowMs: number): boolean {
  const wall = new Date(nowMs + 7 * HOUR_MS);
  const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const weekday = (ms: number) => WEEKDAYS[(new Date(ms).getUTCDay() + 6) % 7] as string;
  const eligible = (ms: number) =>
    (!schedule.from || date(ms) >= schedule.from) &&
    (!schedule.until || date(ms) <= schedule.until) &&
    (!schedule.days || schedule.days.includes(weekday(ms) as (typeof WEEKDAYS)[number]));
  const today = wall.getTime();
  const yesterday = today - 24 * HOUR_MS;
  if (!schedule.times) return eligible(today);
  const minute = wall.getUTCHours() * 60 + wall.getUTCMinutes();
  return schedule.times.some(({ start, end }) => {
    const [s, e] = [start, end].map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
    if ((s as number) < (e as number)) return eligible(today) && minute >= (s as number) && minute < (e as number);
    return (eligible(today) && minute >= (s as number)) || (eligible(yesterday) && minute < (e as number));
  });
}

describe('schedule properties', () => {
  it('in Bắc Kạn, scheduleHolds agrees with reading the date and time off the wall clock', () => {
    fc.assert(
      fc.property(scheduleArb, instantArb, (schedule, nowMs) => {
        expect(scheduleHolds(schedule, nowMs, 'Asia/Ho_Chi_Minh')).toBe(naiveHoldsInHanoi(schedule, nowMs));
      }),
      { numRuns: 500 },
    );
  });

  it('scheduleHolds is constant from the previous change up to the next, and really flips at both', () => {
    fc.assert(
      fc.property(scheduleArb, instantArb, zoneArb, fc.nat(), (schedule, nowMs, zone, pick) => {
        const holds = (ms: number) => scheduleHolds(schedule, ms, zone);
        const previous = previousScheduleChange([schedule], nowMs, zone);
        const next = nextScheduleChange([schedule], nowMs, zone);
        const value = holds(nowMs);
        if (previous !== null) {
          expect(previous).toBeLessThanOrEqual(nowMs);
          expect(holds(previous)).toBe(value);
          expect(holds(previous - 1)).toBe(!value);
        }
        if (next !== null) {
          expect(next).toBeGreaterThan(nowMs);
          expect(holds(next - 1)).toBe(value);
          expect(holds(next)).toBe(!value);
        }
        // A point in between, within a week either side, holds the same.
        const lo = previous ?? nowMs - 7 * 24 * HOUR_MS;
        const hi = next ?? nowMs + 7 * 24 * HOUR_MS;
        expect(holds(lo + (pick % (hi - lo)))).toBe(value);
      }),
      { numRuns: 400 },
    );
  });

  it('the next change of several schedules is strictly after now, one of them flips there, and none before', () => {
    fc.assert(
      fc.property(fc.array(scheduleArb, { maxLength: 4 }), instantArb, zoneArb, (schedules, nowMs, zone) => {
        const next = nextScheduleChange(schedules, nowMs, zone);
        const flipsAt = (ms: number) =>
          schedules.some((schedule) => scheduleHolds(schedule, ms - 1, zone) !== scheduleHolds(schedule, ms, zone));
        const ownNexts = schedules.map((schedule) => nextScheduleChange([schedule], nowMs, zone));
        if (next === null) {
          expect(ownNexts.every((own) => own === null)).toBe(true);
          return;
        }
        expect(next).toBeGreaterThan(nowMs);
        expect(flipsAt(next)).toBe(true);
        expect(Math.min(...ownNexts.filter((own) => own !== null))).toBe(next);
      }),
      { numRuns: 300 },
    );
  });
});

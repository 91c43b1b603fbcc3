import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/console/i18n/en';
import { vi } from '../../../../renderer/console/i18n/vi';
import { scheduleSummary, weekdayRuns } from '../../../../renderer/console/schedule-summary';

describe('schedule summary', () => {
  it('reads a weekday-morning campaign the way the office says it', () => {
    const schedule = {
      days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const,
      times: [{ start: '07:00', end: '11:30' }],
      until: '2023-05-31',
    };
    expect(scheduleSummary({ ...schedule, days: [...schedule.days] }, vi.schedule)).toBe(
      'Thứ 2–6, 07:00–11:30, đến 31/05/2023',
    );
    expect(scheduleSummary({ ...schedule, days: [...schedule.days] }, en.schedule)).toBe(
      'Mon–Fri, 07:00–11:30, until 31/05/2023',
    );
  });

  it('says "always" for no schedule, an empty one, or every day', () => {
    expect(scheduleSummary(undefined, vi.schedule)).toBe('Luôn phát');
    expect(scheduleSummary({}, vi.schedule)).toBe('Luôn phát');
    expect(scheduleSummary({ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }, vi.schedule)).toBe('Luôn phát');
  });

  it('lists short runs by name and ends a range on Sunday as CN', () => {
    expect(scheduleSummary({ days: ['sat', 'sun'] }, vi.schedule)).toBe('Thứ 7, CN');
    expect(scheduleSummary({ days: ['fri', 'mon', 'wed'] }, vi.schedule)).toBe('Thứ 2, Thứ 4, Thứ 6');
    expect(scheduleSummary({ days: ['thu', 'fri', 'sat', 'sun'] }, vi.schedule)).toBe('Thứ 5–CN');
  });

  it('shows windows past midnight and a date range', () => {
    expect(
      scheduleSummary(
        {
          from: '2023-03-01',
          until: '2023-05-31',
          times: [
            { start: '22:00', end: '02:00' },
            { start: '12:00', end: '13:00' },
          ],
        },
        vi.schedule,
      ),
    ).toBe('22:00–02:00, 12:00–13:00, từ 01/03/2023, đến 31/05/2023');
  });

  it('finds runs of consecutive days', () => {
    expect(weekdayRuns([4, 0, 1, 2, 2])).toEqual([
      [0, 2],
      [4, 4],
    ]);
    expect(weekdayRuns([])).toEqual([]);
  });
});

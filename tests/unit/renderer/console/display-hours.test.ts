import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DISPLAY_POWER_SETTINGS,
  type DisplayPowerSettings,
} from '../../../../main/core/kiosk/display-power-policy';
import {
  addWindow,
  copyMondayToAllDays,
  displayHoursSummary,
  removeWindow,
  setWindow,
  type WeekHours,
} from '../../../../renderer/console/display-hours';
import { en } from '../../../../renderer/console/i18n/en';
import { vi } from '../../../../renderer/console/i18n/vi';

const ALL_DAY_DEFAULT = DEFAULT_DISPLAY_POWER_SETTINGS.on;
const on = (week: WeekHours): DisplayPowerSettings => ({ enabled: true, on: week });

describe('display hours summary', () => {
  it('says the display is always on while display power is off, whatever the hours', () => {
    expect(displayHoursSummary(DEFAULT_DISPLAY_POWER_SETTINGS, vi.screen)).toEqual(['Màn hình luôn bật.']);
    expect(displayHoursSummary(DEFAULT_DISPLAY_POWER_SETTINGS, en.screen)).toEqual(['The display is always on.']);
  });

  it('reads one line for a week with the same hours every day', () => {
    expect(displayHoursSummary(on(ALL_DAY_DEFAULT), vi.screen)).toEqual(['Thứ Hai–Chủ Nhật: bật 06:00–22:00']);
  });

  it('names each day whose hours differ, notes a window into the next morning, and a day off', () => {
    const week: WeekHours = {
      ...ALL_DAY_DEFAULT,
      mon: [{ start: '07:00', end: '21:00' }],
      sat: [
        { start: '08:00', end: '12:00' },
        { start: '22:00', end: '02:00' },
      ],
      sun: [],
    };
    expect(displayHoursSummary(on(week), vi.screen)).toEqual([
      'Thứ Hai: bật 07:00–21:00',
      'Thứ Ba–Thứ Sáu: bật 06:00–22:00',
      'Thứ Bảy: bật 08:00–12:00, 22:00–02:00 (hôm sau)',
      'Chủ Nhật: tắt cả ngày',
    ]);
    expect(displayHoursSummary(on(week), en.screen)).toEqual([
      'Monday: on 07:00–21:00',
      'Tuesday–Friday: on 06:00–22:00',
      'Saturday: on 08:00–12:00, 22:00–02:00 (next day)',
      'Sunday: off all day',
    ]);
  });

  it('lists two neighbouring days with the same hours by name rather than as a range', () => {
    const week: WeekHours = { ...ALL_DAY_DEFAULT, sat: [], sun: [] };
    expect(displayHoursSummary(on(week), vi.screen)).toEqual([
      'Thứ Hai–Thứ Sáu: bật 06:00–22:00',
      'Thứ Bảy, Chủ Nhật: tắt cả ngày',
    ]);
  });
});

describe('editing display hours', () => {
  it('copies Monday to every day, and a later change to one day leaves the others alone', () => {
    const week: WeekHours = {
      ...ALL_DAY_DEFAULT,
      mon: [
        { start: '07:00', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
      sun: [],
    };
    const copied = copyMondayToAllDays(week);
    for (const day of ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const) expect(copied[day]).toEqual(week.mon);
    const changed = setWindow(copied, 'tue', 0, { start: '08:00', end: '11:30' });
    expect(changed.tue[0]).toEqual({ start: '08:00', end: '11:30' });
    expect(changed.mon[0]).toEqual({ start: '07:00', end: '11:30' });
    expect(changed.wed[0]).toEqual({ start: '07:00', end: '11:30' });
  });

  it('gives a day with no windows the working day, and a further window after the last one ends', () => {
    const empty: WeekHours = { ...ALL_DAY_DEFAULT, sun: [] };
    const first = addWindow(empty, 'sun');
    expect(first.sun).toEqual([{ start: '06:00', end: '22:00' }]);
    // After 06:00–22:00 comes 22:00–00:00: the end wraps past midnight instead of reading 24:00.
    expect(addWindow(first, 'sun').sun[1]).toEqual({ start: '22:00', end: '00:00' });
    expect(addWindow(empty, 'sat').sat).toHaveLength(2);
  });

  it('removes one window, leaving the day off when it was the last', () => {
    const week = removeWindow(ALL_DAY_DEFAULT, 'wed', 0);
    expect(week.wed).toEqual([]);
    expect(week.thu).toEqual(ALL_DAY_DEFAULT.thu);
    expect(ALL_DAY_DEFAULT.wed).toHaveLength(1); // the week it was made from is untouched
  });
});

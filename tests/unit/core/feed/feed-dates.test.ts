import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  parseFeedDate,
  parseVietnameseDateLine,
  wallTimeAtOffsetToEpochMs,
  wallTimeToEpochMs,
} from '../../../../main/core/feed/feed-dates';
import { HALL_ZONE, shownAt } from '../../../fixtures/feeds';

const at = (wall: { year: number; month: number; day: number; hour?: number; minute?: number }) => ({
  hour: 0,
  minute: 0,
  second: 0,
  ...wall,
});

// The host's own zone must never leak into a zoneless time: run everything as if the host were in New York.
const hostZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  if (hostZone === undefined) delete process.env.TZ;
  else process.env.TZ = hostZone;
});

describe('parseVietnameseDateLine', () => {
  it("reads the union site's date line with its GMT offset", () => {
    const ms = parseVietnameseDateLine('Cập nhật lúc 15:06 - 21/12/2022 (GMT +07:00)', 'Europe/Berlin');
    expect(ms).toBe(Date.UTC(2022, 11, 21, 8, 6));
    expect(shownAt(ms)).toBe('2022-12-21 15:06');
  });

  it.each([
    ['Thứ tư, 21/12/2022 - 15:06', '2022-12-21 15:06'],
    ['21/12/2022 15:06', '2022-12-21 15:06'],
    ['15:06 21/12/2022', '2022-12-21 15:06'],
    ['Ngày 21 tháng 12 năm 2022', '2022-12-21 00:00'],
    ['21-12-2022', '2022-12-21 00:00'],
    ['Đăng lúc 3:06 CH, 21.12.2022', '2022-12-21 15:06'],
    ['Cập nhật: 15h06 ngày 21/12/2022', '2022-12-21 15:06'],
  ])('reads "%s" as wall time in the screen\'s zone', (line, shown) => {
    expect(shownAt(parseVietnameseDateLine(line, HALL_ZONE))).toBe(shown);
  });

  it('reads NFD text (as some CMSs store it) like NFC', () => {
    const nfd = 'Ngày 21 tháng 12 năm 2022'.normalize('NFD');
    expect(shownAt(parseVietnameseDateLine(nfd, HALL_ZONE))).toBe('2022-12-21 00:00');
  });

  it('puts the day before the month', () => {
    expect(shownAt(parseVietnameseDateLine('03/02/2024 08:00', HALL_ZONE))).toBe('2024-02-03 08:00');
  });

  it('does not take the offset "(GMT +07:00)" for the time', () => {
    expect(shownAt(parseVietnameseDateLine('21/12/2022 (GMT +07:00)', HALL_ZONE))).toBe('2022-12-21 00:00');
  });

  it.each(['Cập nhật lúc 15:06 - 31/02/2022', '29/02/2023', '21/13/2022', '25:10 21/12/2022', 'Tin mới nhất', ''])(
    'gives no date for "%s"',
    (line) => {
      expect(parseVietnameseDateLine(line, HALL_ZONE)).toBeNull();
    },
  );
});

describe('parseFeedDate', () => {
  it.each([
    ['Wed, 21 Dec 2022 15:06:00 +0700', '2022-12-21 15:06'],
    ['Wed, 21 Dec 2022 08:06:00 GMT', '2022-12-21 15:06'],
    ['21 Dec 2022 08:06 UT', '2022-12-21 15:06'],
    ['Wed, 21 Dec 2022 03:06:00 EST', '2022-12-21 15:06'],
    ['Wed, 21 Dec 2022 15:06:00 ICT', '2022-12-21 15:06'],
    ['Wed, 21 Dec 22 15:06:00 +07:00', '2022-12-21 15:06'],
    ['2022-12-21T15:06:00+07:00', '2022-12-21 15:06'],
    ['2022-12-21T08:06:00.123Z', '2022-12-21 15:06'],
    ['2022-12-21T15:06:00', '2022-12-21 15:06'],
    ['2022-12-21 15:06', '2022-12-21 15:06'],
    ['2022-12-21', '2022-12-21 00:00'],
    ['Cập nhật lúc 15:06 - 21/12/2022 (GMT +07:00)', '2022-12-21 15:06'],
  ])('reads "%s"', (text, shown) => {
    expect(shownAt(parseFeedDate(text, HALL_ZONE))).toBe(shown);
  });

  it("reads a zoneless RSS date as wall time in the screen's zone, not the host's", () => {
    expect(parseFeedDate('Fri, 16 Dec 2022 10:00:00', HALL_ZONE)).toBe(Date.UTC(2022, 11, 16, 3, 0));
    expect(parseFeedDate('Fri, 16 Dec 2022 10:00:00', 'Europe/Berlin')).toBe(Date.UTC(2022, 11, 16, 9, 0));
  });

  it.each(['không rõ ngày', 'Wed, 31 Feb 2022 10:00:00 GMT', '2022-13-01', 'yesterday', '   ', null, undefined])(
    'gives no date for %j',
    (text) => {
      expect(parseFeedDate(text, HALL_ZONE)).toBeNull();
    },
  );
});

describe('wallTimeToEpochMs', () => {
  it('follows daylight saving time in Europe/Berlin', () => {
    expect(wallTimeToEpochMs(at({ year: 2023, month: 1, day: 15, hour: 12 }), 'Europe/Berlin')).toBe(
      Date.UTC(2023, 0, 15, 11),
    );
    expect(wallTimeToEpochMs(at({ year: 2023, month: 7, day: 1, hour: 12 }), 'Europe/Berlin')).toBe(
      Date.UTC(2023, 6, 1, 10),
    );
  });

  it('moves a time the spring-forward skips on by the gap, as a wall clock would read it', () => {
    const ms = wallTimeToEpochMs(at({ year: 2023, month: 3, day: 26, hour: 2, minute: 30 }), 'Europe/Berlin');
    expect(shownAt(ms, 'Europe/Berlin')).toBe('2023-03-26 03:30');
  });

  it('takes the first of the two 02:30s when clocks go back', () => {
    const ms = wallTimeToEpochMs(at({ year: 2023, month: 10, day: 29, hour: 2, minute: 30 }), 'Europe/Berlin');
    expect(ms).toBe(Date.UTC(2023, 9, 29, 0, 30));
  });

  it('refuses dates that do not exist', () => {
    expect(wallTimeToEpochMs(at({ year: 2023, month: 2, day: 29 }), HALL_ZONE)).toBeNull();
    expect(wallTimeAtOffsetToEpochMs(at({ year: 2022, month: 4, day: 31 }), 420)).toBeNull();
    expect(wallTimeToEpochMs(at({ year: 2024, month: 2, day: 29 }), HALL_ZONE)).toBe(Date.UTC(2024, 1, 28, 17));
  });
});

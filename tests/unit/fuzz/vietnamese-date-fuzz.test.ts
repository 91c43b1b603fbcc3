/**
 * Fuzzing the date readers: the Vietnamese date line of provincial portals ("Thứ Ba, 12/11/2024 - 08:30",
 * "Cập nhật lúc 15:06 - 21/12/2022 (GMT +07:00)"), RFC 822 and ISO 8601. Any text gives a finite instant or null,
 * within a second; a well-formed line gives exactly the wall time it prints.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';

import {
  parseFeedDate,
  parseIsoDate,
  parseRfc822Date,
  parseVietnameseDateLine,
} from '../../../main/core/feed/feed-dates';
import { shownAt } from '../../fixtures/feeds';
import { fragmentArb, mutatedText } from './arbitraries';
import { boundedCall, fuzz, fuzzTimeoutMs } from './bounded-call';

const ZONE = 'Asia/Ho_Chi_Minh';

/** Lines as they are printed: from the congdoanbackan.vn article page and from other portals. */
const DATE_LINES = [
  'Thứ Ba, 12/11/2024 - 08:30',
  'Cập nhật lúc 15:06 - 21/12/2022 (GMT +07:00)',
  'Thứ tư, 21/12/2022 - 15:06',
  'Ngày 21 tháng 12 năm 2022',
  'Đăng ngày: 03-02-2024 07:45:10 SA',
  'Chủ nhật, 2024-02-03 9h30 CH',
  'Wed, 21 Dec 2022 15:06:00 +0700',
  '2022-12-21T15:06:00.123+07:00',
];

const READERS = [
  ['parseVietnameseDateLine', parseVietnameseDateLine],
  ['parseFeedDate', parseFeedDate],
  ['parseIsoDate', parseIsoDate],
  ['parseRfc822Date', parseRfc822Date],
] as const;

const textArb = fc.oneof(
  mutatedText(DATE_LINES, 4),
  fc.array(fragmentArb, { maxLength: 6 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 80 }),
  // Long runs of the characters the patterns repeat: where a backtracking regex would stall.
  fc
    .tuple(
      fc.constantFrom('1', '12/', '1:', ' ', '-', 'GMT+', 'ngày ', 'Thứ ', '0'),
      fc.integer({ min: 50, max: 20_000 }),
    )
    .map(([unit, times]) => unit.repeat(times)),
);

describe('fuzz: feed and page dates', () => {
  it(
    'every date reader gives a finite instant or null for any text, within a second',
    () => {
      fuzz(
        fc.property(textArb, fc.constantFrom(ZONE, 'UTC', 'America/New_York', 'Pacific/Kiritimati'), (text, zone) => {
          for (const [name, read] of READERS) {
            const value = boundedCall(name, text, () => read(text, zone));
            if (value !== null && !Number.isFinite(value)) {
              throw new Error(`${name} gave ${String(value)} for ${JSON.stringify(text.slice(0, 200))}`);
            }
          }
        }),
        250,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'a well-formed "Thứ …, dd/mm/yyyy - hh:mm" line reads as exactly that wall time in the screen zone',
    () => {
      const weekday = fc.constantFrom('Thứ Hai', 'Thứ Ba', 'Thứ tư', 'Thứ Năm', 'Thứ sáu', 'Thứ Bảy', 'Chủ nhật');
      const pad = (n: number) => String(n).padStart(2, '0');
      fuzz(
        fc.property(
          weekday,
          fc.date({
            min: new Date('1990-01-01T00:00:00Z'),
            max: new Date('2090-12-31T00:00:00Z'),
            noInvalidDate: true,
          }),
          fc.integer({ min: 0, max: 23 }),
          fc.integer({ min: 0, max: 59 }),
          (day, date, hour, minute) => {
            const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
            const line = `${day}, ${pad(d)}/${pad(m)}/${y} - ${pad(hour)}:${pad(minute)}`;
            const epochMs = boundedCall('parseVietnameseDateLine', line, () => parseVietnameseDateLine(line, ZONE));
            const expected = `${y}-${pad(m)}-${pad(d)} ${pad(hour)}:${pad(minute)}`;
            if (shownAt(epochMs, ZONE) !== expected) {
              throw new Error(`"${line}" was read as ${String(shownAt(epochMs, ZONE))}, not ${expected}`);
            }
          },
        ),
        200,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'a day that does not exist (31/02, 30/02, 29/02 of a common year, month 13) reads as null, never a shifted date',
    () => {
      fuzz(
        fc.property(
          fc.constantFrom(
            '31/02',
            '30/02',
            '29/02',
            '31/04',
            '31/06',
            '31/09',
            '31/11',
            '00/05',
            '12/13',
            '01/00',
            '32/01',
          ),
          fc.integer({ min: 1990, max: 2090 }).filter((year) => year % 4 !== 0),
          (dayMonth, year) => {
            const line = `Thứ Ba, ${dayMonth}/${year} - 08:30`;
            const value = boundedCall('parseVietnameseDateLine', line, () => parseVietnameseDateLine(line, ZONE));
            if (value !== null) throw new Error(`"${line}" was read as ${String(shownAt(value, ZONE))}`);
          },
        ),
        60,
      );
    },
    fuzzTimeoutMs(),
  );
});

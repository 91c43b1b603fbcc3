import { describe, expect, it } from 'vitest';
import {
  formatInstantVn,
  isoDateToVn,
  localInputToIso,
  toLocalInputValue,
  vnDateToIso,
} from '../../../../renderer/console/vn-date';

describe('Vietnamese dates', () => {
  it('shows a stored day as dd/mm/yyyy and reads it back', () => {
    expect(isoDateToVn('2023-05-31')).toBe('31/05/2023');
    expect(vnDateToIso('31/05/2023')).toBe('2023-05-31');
  });

  it('accepts one-digit days and months and other separators, as people type them', () => {
    expect(vnDateToIso('1/3/2023')).toBe('2023-03-01');
    expect(vnDateToIso(' 31-5-2023 ')).toBe('2023-05-31');
    expect(vnDateToIso('31.05.2023')).toBe('2023-05-31');
  });

  it('refuses days that do not exist and month-first American dates', () => {
    expect(vnDateToIso('31/02/2023')).toBeNull();
    expect(vnDateToIso('05/31/2023')).toBeNull();
    expect(vnDateToIso('29/02/2024')).toBe('2024-02-29');
    expect(vnDateToIso('2023-05-31')).toBeNull();
  });

  it('writes a moment the way the player does, in the screen zone', () => {
    const ms = Date.parse('2022-12-21T08:06:00Z');
    expect(formatInstantVn(ms, 'Asia/Ho_Chi_Minh')).toBe('15:06 - 21/12/2022');
    expect(toLocalInputValue(ms, 'Asia/Ho_Chi_Minh')).toBe('2022-12-21T15:06');
  });

  it('turns a datetime-local value into an instant with its offset', () => {
    expect(localInputToIso('2023-10-20T08:00', 420)).toBe('2023-10-20T08:00:00+07:00');
    expect(localInputToIso('2023-03-26T01:30', -300)).toBe('2023-03-26T01:30:00-05:00');
    expect(localInputToIso('2023-10-20T08:00', 330)).toBe('2023-10-20T08:00:00+05:30');
    expect(localInputToIso('2023-02-30T08:00', 420)).toBeNull();
    expect(localInputToIso('', 420)).toBeNull();
  });
});

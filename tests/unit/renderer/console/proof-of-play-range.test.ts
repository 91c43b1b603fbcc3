import { describe, expect, it } from 'vitest';
import { addDays, lastDays, proofOfPlayHref, rangeProblem } from '../../../../renderer/console/proof-of-play-range';
import { isoDateAt } from '../../../../renderer/console/vn-date';

describe('proof-of-play range', () => {
  it('defaults to the last seven days, today included, across a month and a year end', () => {
    expect(lastDays('2024-03-03')).toEqual({ from: '2024-02-26', to: '2024-03-03' });
    expect(lastDays('2024-01-02')).toEqual({ from: '2023-12-27', to: '2024-01-02' });
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it("reads today on the screen's calendar, not the browser's", () => {
    // 20:00 UTC on 31 December is already 1 January in Hanoi.
    const at = Date.UTC(2023, 11, 31, 20, 0);
    expect(isoDateAt(at, 'Asia/Ho_Chi_Minh')).toBe('2024-01-01');
    expect(isoDateAt(at, 'UTC')).toBe('2023-12-31');
  });

  it("asks for whole days of the screen's calendar: from the first day's midnight to the midnight after the last", () => {
    const href = proofOfPlayHref(
      '/api/proof-of-play.csv',
      { from: '2024-02-26', to: '2024-03-03' },
      'Asia/Ho_Chi_Minh',
    );
    const query = new URL(href, 'http://127.0.0.1').searchParams;
    expect(href.startsWith('/api/proof-of-play.csv?')).toBe(true);
    // Hà Nội is UTC+7 all year: its midnight is 17:00 UTC the evening before.
    expect(query.get('from')).toBe('2024-02-25T17:00:00.000Z');
    expect(query.get('to')).toBe('2024-03-03T17:00:00.000Z');
  });

  it('follows the clock change of a zone with summer time', () => {
    // Berlin goes to summer time on 31/03/2024: the 30th starts at +01:00, the 1st of April at +02:00.
    const href = proofOfPlayHref('/api/proof-of-play.csv', { from: '2024-03-30', to: '2024-03-31' }, 'Europe/Berlin');
    const query = new URL(href, 'http://127.0.0.1').searchParams;
    expect(query.get('from')).toBe('2024-03-29T23:00:00.000Z');
    expect(query.get('to')).toBe('2024-03-31T22:00:00.000Z');
  });

  it('leaves out a side not chosen, or not a real day, and the host then uses its defaults', () => {
    const tz = 'Asia/Ho_Chi_Minh';
    expect(proofOfPlayHref('/api/proof-of-play.csv', {}, tz)).toBe('/api/proof-of-play.csv');
    expect(proofOfPlayHref('/api/proof-of-play.csv', { from: '2024-02-30' }, tz)).toBe('/api/proof-of-play.csv');
    expect(proofOfPlayHref('/api/proof-of-play.csv', { to: '2024-03-03' }, tz)).toBe(
      '/api/proof-of-play.csv?to=2024-03-03T17%3A00%3A00.000Z',
    );
  });

  it('knows a range that starts after it ends holds no day, and one the host would refuse as too long', () => {
    expect(rangeProblem({ from: '2024-03-04', to: '2024-03-03' })).toBe('backwards');
    expect(rangeProblem({ from: '2024-03-03', to: '2024-03-03' })).toBeNull();
    expect(rangeProblem({ from: '2024-03-04' })).toBeNull();
    expect(rangeProblem({ from: '2023-01-01', to: '2024-03-03' })).toBe('too-long');
  });
});

import { describe, expect, it } from 'vitest';
import { describeNewsAge, formatNewsTime, isNewsStale, newsStaleNotice } from '../../../../main/core/feed/news-time';

// The congdoanbackan.org.vn article "Đẩy mạnh công tác tuyên truyền…": "Cập nhật lúc 15:06 - 21/12/2022 (GMT +07:00)".
const PUBLISHED_MS = Date.parse('2022-12-21T15:06:00+07:00');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('the published time of a news slide', () => {
  it('reads 15:06 - 21/12/2022 in Bắc Kạn for the real article', () => {
    expect(formatNewsTime(PUBLISHED_MS, 'Asia/Ho_Chi_Minh')).toBe('15:06 - 21/12/2022');
  });

  it('uses the 24-hour clock and leading zeros, midnight as 00:00', () => {
    expect(formatNewsTime(Date.parse('2023-03-05T00:07:00+07:00'), 'Asia/Ho_Chi_Minh')).toBe('00:07 - 05/03/2023');
    expect(formatNewsTime(Date.parse('2023-03-05T23:59:00+07:00'), 'Asia/Ho_Chi_Minh')).toBe('23:59 - 05/03/2023');
  });

  it("follows the screen's zone, date included", () => {
    expect(formatNewsTime(PUBLISHED_MS, 'UTC')).toBe('08:06 - 21/12/2022');
    expect(formatNewsTime(Date.parse('2022-12-21T01:30:00+07:00'), 'Europe/Berlin')).toBe('19:30 - 20/12/2022');
  });

  it('falls back to Asia/Ho_Chi_Minh for a zone this runtime does not know', () => {
    expect(formatNewsTime(PUBLISHED_MS, 'Mars/Olympus_Mons')).toBe('15:06 - 21/12/2022');
    expect(formatNewsTime(PUBLISHED_MS, '+07:00')).toBe('15:06 - 21/12/2022');
  });
});

describe('how old the news is', () => {
  it('counts in the largest whole unit, rounding down', () => {
    expect(describeNewsAge(3 * HOUR + 59 * MINUTE)).toBe('cập nhật 3 giờ trước');
    expect(describeNewsAge(2 * DAY + 5 * HOUR)).toBe('cập nhật 2 ngày trước');
    expect(describeNewsAge(45 * MINUTE)).toBe('cập nhật 45 phút trước');
    expect(describeNewsAge(65 * DAY)).toBe('cập nhật 2 tháng trước');
    expect(describeNewsAge(400 * DAY)).toBe('cập nhật 1 năm trước');
  });

  it('says "vừa xong" under a minute, and for a negative or unknown age', () => {
    expect(describeNewsAge(30_000)).toBe('cập nhật vừa xong');
    expect(describeNewsAge(-5 * HOUR)).toBe('cập nhật vừa xong');
    expect(describeNewsAge(Number.NaN)).toBe('cập nhật vừa xong');
  });

  it('gives NFC text, as every displayed string', () => {
    const phrase = describeNewsAge(2 * DAY);
    expect(phrase).toBe(phrase.normalize('NFC'));
  });
});

describe('stale news', () => {
  const fetchedAtMs = Date.parse('2024-02-03T08:00:00+07:00');
  const freshness = { lastSuccessAtMs: fetchedAtMs, staleAfterMs: 6 * HOUR };

  it('is stale only after staleAfterMs since the last successful fetch', () => {
    expect(isNewsStale(freshness, fetchedAtMs + 6 * HOUR)).toBe(false);
    expect(isNewsStale(freshness, fetchedAtMs + 6 * HOUR + 1)).toBe(true);
  });

  it('is never stale for the bundled sample, which was never fetched', () => {
    expect(isNewsStale({ lastSuccessAtMs: null, staleAfterMs: 0 }, fetchedAtMs + 365 * DAY)).toBe(false);
    expect(newsStaleNotice({ lastSuccessAtMs: null, staleAfterMs: 0 }, fetchedAtMs)).toBeNull();
  });

  it('is not stale when a number is not a number', () => {
    expect(isNewsStale(freshness, Number.NaN)).toBe(false);
    expect(isNewsStale({ lastSuccessAtMs: Number.NaN, staleAfterMs: HOUR }, fetchedAtMs)).toBe(false);
  });

  it('has a notice only when stale, saying how long since the fetch', () => {
    expect(newsStaleNotice(freshness, fetchedAtMs + HOUR)).toBeNull();
    expect(newsStaleNotice(freshness, fetchedAtMs + 30 * HOUR)).toBe('cập nhật 1 ngày trước');
  });
});

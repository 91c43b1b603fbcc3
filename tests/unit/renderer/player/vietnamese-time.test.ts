import { describe, expect, it } from 'vitest';
import { formatVietnameseClock, msUntilNextMinute } from '../../../../renderer/player/vietnamese-time';

describe('the clock face', () => {
  it('shows 16:05 on Thursday 26/11/2026 in Hanoi time for 09:05 UTC', () => {
    const face = formatVietnameseClock(new Date('2026-11-26T09:05:00Z'), 'Asia/Ho_Chi_Minh');
    expect(face).toEqual({ time: '16:05', date: 'Thứ Năm, 26/11/2026' });
  });

  it('uses the 24-hour clock with a leading zero', () => {
    expect(formatVietnameseClock(Date.parse('2026-11-26T00:07:00Z'), 'Asia/Ho_Chi_Minh').time).toBe('07:07');
    expect(formatVietnameseClock(Date.parse('2026-11-26T16:59:59Z'), 'Asia/Ho_Chi_Minh').time).toBe('23:59');
    expect(formatVietnameseClock(Date.parse('2026-11-26T17:00:00Z'), 'Asia/Ho_Chi_Minh').time).toBe('00:00');
  });

  it('turns the date over at local midnight, not UTC midnight', () => {
    expect(formatVietnameseClock(Date.parse('2026-11-26T17:00:00Z'), 'Asia/Ho_Chi_Minh').date).toBe(
      'Thứ Sáu, 27/11/2026',
    );
  });

  it('names every day of the week with capitals, Sunday as Chủ Nhật', () => {
    const days = Array.from(
      { length: 7 },
      (_, i) => formatVietnameseClock(Date.UTC(2026, 10, 22 + i, 5), 'Asia/Ho_Chi_Minh').date.split(',')[0],
    );
    expect(days).toEqual(['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']);
  });

  it('gives NFC text, as every displayed string', () => {
    const { date } = formatVietnameseClock(Date.UTC(2026, 10, 28, 5), 'Asia/Ho_Chi_Minh');
    expect(date).toBe(date.normalize('NFC'));
  });

  it('follows the screen time zone', () => {
    const at = new Date('2026-07-01T09:05:00Z');
    expect(formatVietnameseClock(at, 'Europe/Berlin').time).toBe('11:05');
    expect(formatVietnameseClock(at, 'UTC').time).toBe('09:05');
  });

  it('falls back to Asia/Ho_Chi_Minh for an unknown zone instead of breaking the screen', () => {
    expect(formatVietnameseClock(new Date('2026-11-26T09:05:00Z'), 'Mars/Olympus').time).toBe('16:05');
    expect(formatVietnameseClock(new Date('2026-11-26T09:05:00Z'), '').time).toBe('16:05');
  });
});

describe('waiting for the next minute', () => {
  it('counts to the next whole minute', () => {
    expect(msUntilNextMinute(Date.parse('2026-11-26T09:05:00.000Z'))).toBe(60_000);
    expect(msUntilNextMinute(Date.parse('2026-11-26T09:05:59.250Z'))).toBe(750);
    expect(msUntilNextMinute(Date.parse('2026-11-26T09:05:30.000Z'))).toBe(30_000);
  });

  it('is a local minute boundary in Hanoi too (UTC+7 is whole minutes)', () => {
    const nowMs = Date.parse('2026-11-26T09:05:42.000Z');
    const next = nowMs + msUntilNextMinute(nowMs);
    expect(formatVietnameseClock(next, 'Asia/Ho_Chi_Minh').time).toBe('16:06');
    expect(formatVietnameseClock(next - 1, 'Asia/Ho_Chi_Minh').time).toBe('16:05');
  });
});

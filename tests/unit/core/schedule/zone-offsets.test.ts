import { describe, expect, it } from 'vitest';
import { zoneOffsetMs } from '../../../../main/core/feed/zoned-time';
import { instantAtWall, localDayAt, offsetAt } from '../../../../main/core/schedule/zone-offsets';

const H = 3_600_000;
const wall = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

describe('zone offsets', () => {
  it('agree with Intl at every hour of a year with two DST changes, and at the changes to the second', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Ho_Chi_Minh', 'Australia/Lord_Howe']) {
      for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += H) {
        expect(offsetAt(zone, ms)).toBe(zoneOffsetMs(ms, zone));
      }
    }
    const springForward = Date.UTC(2024, 2, 31, 1); // Berlin 02:00 CET → 03:00 CEST
    expect(offsetAt('Europe/Berlin', springForward - 1)).toBe(H);
    expect(offsetAt('Europe/Berlin', springForward)).toBe(2 * H);
  });

  it('reads a time skipped by spring-forward as the moment the clock jumps past it', () => {
    // Berlin, 31 March 2024: 02:30 never shows; the clock jumps from 01:59:59 to 03:00 (01:00 UTC).
    expect(instantAtWall('Europe/Berlin', wall(2024, 3, 31, 2, 30))).toBe(Date.UTC(2024, 2, 31, 1));
    expect(instantAtWall('Europe/Berlin', wall(2024, 3, 31, 3, 30))).toBe(Date.UTC(2024, 2, 31, 1, 30));
  });

  it('reads a time that happens twice when clocks go back as its first occurrence', () => {
    // New York, 3 November 2024: 01:30 EDT (05:30 UTC) comes before 01:30 EST.
    expect(instantAtWall('America/New_York', wall(2024, 11, 3, 1, 30))).toBe(Date.UTC(2024, 10, 3, 5, 30));
    expect(instantAtWall('America/New_York', wall(2024, 11, 3, 2, 0))).toBe(Date.UTC(2024, 10, 3, 7, 0));
  });

  it('puts an instant on the local day of the screen, not of UTC', () => {
    // 18:00 UTC on 31 May is already 1 June in Bắc Kạn.
    expect(localDayAt('Asia/Ho_Chi_Minh', Date.UTC(2023, 4, 31, 18))).toBe(wall(2023, 6, 1) / 86_400_000);
  });

  it('treats an unknown zone as the default zone rather than throwing', () => {
    expect(offsetAt('Mars/Olympus_Mons', Date.UTC(2024, 0, 1))).toBe(7 * H);
  });
});

import { describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, rememberCrash, reloadDelayMs } from '../../../main/electron/crash-policy';

describe('reloadDelayMs', () => {
  it('reloads at once after a one-off crash', () => {
    expect(reloadDelayMs([], 1_000_000)).toBe(500);
  });

  it('forgets crashes from long ago', () => {
    expect(reloadDelayMs([0, 1000, 2000], 2000 + CRASH_WINDOW_MS)).toBe(500);
  });

  it('backs off in a crash loop, up to one reload a minute', () => {
    let crashes: number[] = [];
    let now = 0;
    const delays: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const delay = reloadDelayMs(crashes, now);
      delays.push(delay);
      crashes = rememberCrash(crashes, now);
      now += delay + 200; // the page crashes again 200 ms after each reload
    }
    expect(delays.slice(0, 4)).toEqual([500, 1000, 2000, 4000]);
    expect(Math.max(...delays)).toBe(60_000);
    expect(delays.at(-1)).toBe(60_000);
  });
});

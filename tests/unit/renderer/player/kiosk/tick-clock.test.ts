import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_WATCHDOG_CONFIG } from '../../../../../main/core/kiosk/page-watchdog';
import { checkTick, tickGapMs, WorstLag } from '../../../../../renderer/player/kiosk/tick-clock';

const at = (pageMs: number, timelineMs: number | null = pageMs) => ({ pageMs, timelineMs });

describe('the gap between two ticks of the lag timer', () => {
  it('is what both clocks agree on when they tell the same story (a real block)', () => {
    expect(tickGapMs(at(1_000), at(14_000, 14_010))).toBe(13_000);
  });

  it('ignores a jump of the page clock alone (a test fast-forwarding page.clock to 23:00)', () => {
    expect(tickGapMs(at(1_000, 1_000), at(3_600_000, 1_500))).toBe(500);
  });

  it('ignores time that passed on the timeline alone (a paused page clock)', () => {
    expect(tickGapMs(at(1_000, 1_000), at(2_000, 30_000))).toBe(1_000);
  });

  it('falls back to the page clock when the document has no timeline time', () => {
    expect(tickGapMs(at(1_000, null), at(13_000, 2_000))).toBe(12_000);
    expect(tickGapMs(at(1_000, 900), at(13_000, null))).toBe(12_000);
  });
});

describe('a tick of the self-watchdog', () => {
  const { blockedThresholdMs, tickIntervalMs } = DEFAULT_PAGE_WATCHDOG_CONFIG;

  it('reloads after the main thread was blocked for the threshold, and says for how long', () => {
    const blockedMs = blockedThresholdMs + 2_000;
    const check = checkTick(at(0), at(tickIntervalMs + blockedMs), false);
    expect(check.reload).toBe(true);
    expect(check.lagMs).toBe(blockedMs);
    expect(check.reason).toContain('12 s');
  });

  it('leaves a page alone that ticked on time, or was only a little late', () => {
    expect(checkTick(at(0), at(tickIntervalMs), false)).toMatchObject({ reload: false, lagMs: 0 });
    expect(checkTick(at(0), at(tickIntervalMs + blockedThresholdMs - 1), false).reload).toBe(false);
  });

  it('leaves a hidden page alone, and a page whose clock was only jumped forward', () => {
    expect(checkTick(at(0), at(120_000), true).reload).toBe(false);
    expect(checkTick(at(0, 0), at(86_400_000, tickIntervalMs), false).reload).toBe(false);
  });
});

describe('the worst lag since the last heartbeat', () => {
  it('is the largest noted, and starts again from zero once taken', () => {
    const worst = new WorstLag();
    expect(worst.take()).toBe(0);
    worst.note(40);
    worst.note(900);
    worst.note(15);
    expect(worst.take()).toBe(900);
    expect(worst.take()).toBe(0);
  });
});

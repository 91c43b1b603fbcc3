import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_WATCHDOG_CONFIG,
  eventLoopLagMs,
  isPageSilent,
  pageSelfCheck,
  pageSilentAtMs,
} from '../../../../main/core/kiosk/page-watchdog';

describe('page watchdog', () => {
  it('measures lag as how late a tick fired, never below zero', () => {
    expect(eventLoopLagMs(1000, 2000, 1000)).toBe(0);
    expect(eventLoopLagMs(1000, 2250, 1000)).toBe(250);
    expect(eventLoopLagMs(1000, 1500, 1000)).toBe(0);
  });

  it('keeps a page that was briefly busy, and reloads one blocked for the threshold or longer', () => {
    expect(pageSelfCheck(0, 1000 + 9_999, false)).toEqual({ reload: false, lagMs: 9_999, reason: 'responsive' });
    const blocked = pageSelfCheck(0, 1000 + 10_000, false);
    expect(blocked.reload).toBe(true);
    expect(blocked.reason).toBe('the page was blocked for 10 s (limit 10 s); reloading it');
    expect(pageSelfCheck(0, 1000 + 45_000, false).reload).toBe(true);
  });

  it('does not take the throttled timers of a hidden page for a hang', () => {
    const check = pageSelfCheck(0, 61_000, true);
    expect(check.reload).toBe(false);
    expect(check.reason).toContain('hidden');
  });

  it('honours its configured threshold', () => {
    const config = { ...DEFAULT_PAGE_WATCHDOG_CONFIG, tickIntervalMs: 500, blockedThresholdMs: 3000 };
    expect(pageSelfCheck(0, 3499, false, config).reload).toBe(false);
    expect(pageSelfCheck(0, 3500, false, config).reload).toBe(true);
  });

  it('counts a page silent after six missed reports (30 s), and not a moment before', () => {
    const { reportIntervalMs, silentAfterReports } = DEFAULT_PAGE_WATCHDOG_CONFIG;
    expect(reportIntervalMs * silentAfterReports).toBe(30_000);
    expect(pageSilentAtMs(100_000)).toBe(130_000);
    expect(isPageSilent(100_000, 129_999)).toBe(false);
    expect(isPageSilent(100_000, 130_000)).toBe(true);
  });

  it('gives a page that has just loaded the same grace, counted from its load', () => {
    const loadedAtMs = 500_000;
    expect(isPageSilent(loadedAtMs, loadedAtMs + 20_000)).toBe(false);
    expect(isPageSilent(loadedAtMs, loadedAtMs + 31_000)).toBe(true);
  });
});

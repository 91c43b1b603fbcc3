import { describe, expect, it } from 'vitest';
import { isFeedStale, nextPollDelayMs, staleAtMs } from '../../../../main/core/feed/poll-policy';

const MIN = 60_000;
const HOUR = 60 * MIN;
const middle = () => 0.5; // no jitter

describe('nextPollDelayMs', () => {
  it('waits the poll interval after a success or a 304', () => {
    expect(nextPollDelayMs({ pollIntervalMs: 15 * MIN, consecutiveFailures: 0, random: middle })).toBe(15 * MIN);
  });

  it('backs off 30 s, 1 min, 2 min … after consecutive failures, up to 30 min', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 50].map((consecutiveFailures) =>
      nextPollDelayMs({ pollIntervalMs: 15 * MIN, consecutiveFailures, random: middle }),
    );
    expect(delays).toEqual([30_000, MIN, 2 * MIN, 4 * MIN, 8 * MIN, 16 * MIN, 30 * MIN, 30 * MIN, 30 * MIN]);
  });

  it('caps the backoff at the poll interval when that is longer than 30 min', () => {
    const delay = nextPollDelayMs({ pollIntervalMs: 2 * HOUR, consecutiveFailures: 20, random: middle });
    expect(delay).toBe(2 * HOUR);
  });

  it('spreads retries by ±20 % so screens that failed together do not retry together', () => {
    const at = (random: number) =>
      nextPollDelayMs({ pollIntervalMs: 15 * MIN, consecutiveFailures: 3, random: () => random });
    expect(at(0)).toBe(96_000);
    expect(at(0.999999)).toBeCloseTo(144_000, -1);
    // Jitter never pushes past the cap.
    expect(nextPollDelayMs({ pollIntervalMs: 15 * MIN, consecutiveFailures: 12, random: () => 0.99 })).toBe(30 * MIN);
  });

  it('treats a broken random source as no jitter', () => {
    expect(nextPollDelayMs({ pollIntervalMs: 15 * MIN, consecutiveFailures: 1, random: () => NaN })).toBe(30_000);
  });
});

describe('isFeedStale', () => {
  const base = { nowMs: 100 * HOUR, staleAfterMs: 24 * HOUR, remoteConfigured: true };

  it('is fresh within staleAfter and stale past it', () => {
    expect(isFeedStale({ ...base, lastSuccessAtMs: base.nowMs - 24 * HOUR })).toBe(false);
    expect(isFeedStale({ ...base, lastSuccessAtMs: base.nowMs - 24 * HOUR - 1 })).toBe(true);
  });

  it('is stale when a configured remote feed never succeeded', () => {
    expect(isFeedStale({ ...base, lastSuccessAtMs: null })).toBe(true);
  });

  it('never calls the bundled sample stale', () => {
    expect(isFeedStale({ ...base, lastSuccessAtMs: null, remoteConfigured: false })).toBe(false);
  });

  it('says when a fresh feed will turn stale', () => {
    const lastSuccessAtMs = base.nowMs - HOUR;
    const at = staleAtMs({ ...base, lastSuccessAtMs });
    expect(at).toBe(lastSuccessAtMs + 24 * HOUR + 1);
    expect(isFeedStale({ ...base, lastSuccessAtMs, nowMs: (at as number) - 1 })).toBe(false);
    expect(isFeedStale({ ...base, lastSuccessAtMs, nowMs: at as number })).toBe(true);
    expect(staleAtMs({ ...base, lastSuccessAtMs: null })).toBeNull();
  });
});

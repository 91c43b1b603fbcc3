import { describe, expect, it } from 'vitest';
import { BOUNDARY_RETRY_MAX_MS, nextBoundaryStep } from '../../../../renderer/player/boundary-retry';

describe('an error boundary after a render failure', () => {
  it('tries again after 5 s, 10 s, 20 s, 40 s, then every minute', () => {
    const delays = [1, 2, 3, 4, 5, 6, 50].map((failures) => nextBoundaryStep(failures));
    expect(delays).toEqual(
      [5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000].map((delayMs) => ({
        kind: 'retry',
        delayMs,
      })),
    );
    expect(nextBoundaryStep(10_000)).toEqual({ kind: 'retry', delayMs: BOUNDARY_RETRY_MAX_MS });
  });

  it('gives up (the page reloads) only after the given number of failures in a row', () => {
    expect(nextBoundaryStep(1, 3)).toEqual({ kind: 'retry', delayMs: 5_000 });
    expect(nextBoundaryStep(2, 3)).toEqual({ kind: 'retry', delayMs: 10_000 });
    expect(nextBoundaryStep(3, 3)).toEqual({ kind: 'give-up' });
  });
});

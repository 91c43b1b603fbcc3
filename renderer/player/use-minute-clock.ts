/** The current time, refreshed once a minute. */
import { useEffect, useState } from 'react';
import { msUntilNextMinute } from './vietnamese-time';

/**
 * `Date.now()` as of the last whole minute change. One timer to the next
 * minute boundary (the page clock, so tests can drive it), not a per-frame tick.
 */
export function useMinuteClock(): number {
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    // A few ms past the boundary so the new minute is certainly in effect when the timer fires.
    const timer = setTimeout(() => setNowMs(Date.now()), msUntilNextMinute(Date.now()) + 5);
    return () => clearTimeout(timer);
  }, [nowMs]);
  return nowMs;
}

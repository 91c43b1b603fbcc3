/** A flag that turns true once some time has passed. */
import { useEffect, useState } from 'react';

/** False until `delayMs` after mount (on the page clock), true from then on. */
export function useAfter(delayMs: number): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setElapsed(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return elapsed;
}

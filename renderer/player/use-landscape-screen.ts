/** Whether the screen is wider than tall, following rotation and resizes. */
import { useSyncExternalStore } from 'react';

// One list for the page, made on first use (not at import, where a failure would stop the whole bundle).
let landscape: MediaQueryList | null = null;
const query = (): MediaQueryList => (landscape ??= window.matchMedia('(orientation: landscape)'));

function subscribe(onChange: () => void): () => void {
  const list = query();
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** True on a landscape screen, false on a portrait one. */
export function useLandscapeScreen(): boolean {
  return useSyncExternalStore(subscribe, () => query().matches);
}

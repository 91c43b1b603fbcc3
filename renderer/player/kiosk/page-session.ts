/** Who this page load is, and since when: what its reports and its maintenance reload are keyed on. */

/** One load of the player page. */
export interface PageSession {
  /** Random per load, so the host can tell a reloaded page from the one before. */
  pageId: string;
  /** `Date.now()` when the page loaded (the page clock, so page.clock drives it in tests). */
  loadedAtMs: number;
}

/** The random source a page id is made from (the page's `crypto`). */
export interface RandomSource {
  randomUUID?: () => string;
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
}

/**
 * A random UUID-shaped id. `crypto.randomUUID` exists only in a secure
 * context, and a kiosk may well open the host at http://192.168.x.y, so the
 * id falls back to random bytes, which every context has.
 */
export function newPageId(random: RandomSource): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The session of the page that is loading now. */
export function startPageSession(random: RandomSource, nowMs: number): PageSession {
  return { pageId: newPageId(random), loadedAtMs: nowMs };
}

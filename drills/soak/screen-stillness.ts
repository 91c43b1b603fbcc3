/**
 * "The longest time any screen showed nothing new": from the moments a new
 * slide reached the screen (page clock) and the spans when the page itself
 * was gone (renderer killed, until its replacement was opened), the longest
 * stretch in which the page was there and nothing new came up.
 *
 * Only a span with no page at all is left out: a host restart is not, since
 * the page stays and must keep playing through it.
 */

/** A span of page-clock time, `fromMs` up to `toMs`. */
export interface Span {
  fromMs: number;
  toMs: number;
}

/** The longest still stretch, and where it was. */
export interface Stillness {
  longestMs: number;
  /** Where that stretch started and ended (page clock). */
  span: Span;
}

/**
 * `changesMs`: each time a new slide reached the screen. `gone`: the spans the
 * page did not exist. The watch runs from `fromMs` to `toMs`; a stretch ends
 * at a change, at the page going away, or at the end of the watch, and starts
 * at a change, at the page coming back, or at the start of the watch.
 */
export function longestStillness(changesMs: readonly number[], gone: readonly Span[], watch: Span): Stillness {
  const absences = [...gone]
    .filter((g) => g.toMs > watch.fromMs && g.fromMs < watch.toMs)
    .sort((a, b) => a.fromMs - b.fromMs);
  // The spans the page was there, inside the watch.
  const present: Span[] = [];
  let cursor = watch.fromMs;
  for (const absence of absences) {
    if (absence.fromMs > cursor) present.push({ fromMs: cursor, toMs: absence.fromMs });
    cursor = Math.max(cursor, absence.toMs);
  }
  if (cursor < watch.toMs) present.push({ fromMs: cursor, toMs: watch.toMs });

  const changes = [...changesMs].sort((a, b) => a - b);
  let best: Stillness = { longestMs: 0, span: { fromMs: watch.fromMs, toMs: watch.fromMs } };
  for (const span of present) {
    let start = span.fromMs;
    const inside = changes.filter((t) => t > span.fromMs && t < span.toMs);
    for (const end of [...inside, span.toMs]) {
      if (end - start > best.longestMs) best = { longestMs: end - start, span: { fromMs: start, toMs: end } };
      start = end;
    }
  }
  return best;
}

/**
 * Walks the instants at which any of many sources flips, in order, recomputing
 * only the source just passed: walking back over a week of boundaries of fifty
 * schedules stays cheap.
 */
import { compileSchedule, type CompiledSchedule } from './schedule-intervals';
import { nextFlip, previousFlip } from './schedule-changes';
import type { ChangeSources } from './rotation-choice';

type Direction = 'forward' | 'backward';

/**
 * The flip instants of `sources` strictly after `fromMs` ascending
 * ('forward'), or at or before `fromMs` descending ('backward'); each instant
 * once, however many sources flip there.
 */
export function* walkChanges(
  sources: ChangeSources,
  fromMs: number,
  timeZone: string,
  direction: Direction,
): Generator<number, void, void> {
  const forward = direction === 'forward';
  // Playlists often repeat one schedule on many items; each distinct one is walked once.
  const distinct = new Map(sources.schedules.map((schedule) => [JSON.stringify(schedule), schedule]));
  const compiled: CompiledSchedule[] = [...distinct.values()].map(compileSchedule);
  const step = (schedule: CompiledSchedule, atMs: number) =>
    forward ? nextFlip(schedule, atMs, timeZone) : previousFlip(schedule, atMs, timeZone);
  const heads = compiled.map((schedule) => step(schedule, fromMs));
  const instants = forward
    ? sources.instantsMs.filter((ms) => ms > fromMs)
    : sources.instantsMs.filter((ms) => ms <= fromMs).reverse();
  let instantIndex = 0;

  for (;;) {
    let best: number | null = instants[instantIndex] ?? null;
    for (const head of heads) {
      if (head !== null && (best === null || (forward ? head < best : head > best))) best = head;
    }
    if (best === null) return;
    yield best;
    while (instants[instantIndex] === best) instantIndex++;
    // Past `best`: the next flip after it, or the latest strictly before it.
    const beyondMs = forward ? best : best - 1;
    for (let index = 0; index < heads.length; index++) {
      if (heads[index] === best) heads[index] = step(compiled[index] as CompiledSchedule, beyondMs);
    }
  }
}

/**
 * A time zone's UTC offsets as a cached table of transitions, so schedule
 * arithmetic over hundreds of days costs table look-ups instead of Intl calls
 * (about 4 µs each). Built on the Intl-based `zoneOffsetMs` of core/feed.
 */
import { zoneOffsetMs } from '../feed/zoned-time';
import { DEFAULT_TIMEZONE } from '../timezone';

/** One day in ms; local days are counted as whole days of wall time since 1970-01-01. */
export const MS_PER_DAY = 86_400_000;

// A fixed bucket length (not calendar years) keeps the arithmetic free of dates; 364 is a whole number of samples.
const SAMPLE_MS = 4 * MS_PER_DAY;
const BUCKET_MS = 91 * SAMPLE_MS;
// Property tests wander over centuries; a bounded cache cannot grow without end in a screen running for weeks.
const MAX_BUCKETS = 4096;

interface OffsetChange {
  atMs: number;
  offsetMs: number;
}

interface Bucket {
  startOffsetMs: number;
  /** Sorted; each holds from `atMs` (a whole second) until the next. */
  changes: OffsetChange[];
}

const buckets = new Map<string, Map<number, Bucket>>();
let bucketCount = 0;
const usableZones = new Map<string, string>();

// A zone this runtime does not know would throw from Intl on every call and blank the screen; the design's
// default zone is the least surprising stand-in (the host validates settings, so this is a last resort).
function usableZone(timeZone: string): string {
  let zone = usableZones.get(timeZone);
  if (zone === undefined) {
    try {
      zoneOffsetMs(0, timeZone);
      zone = timeZone;
    } catch {
      zone = DEFAULT_TIMEZONE;
    }
    usableZones.set(timeZone, zone);
  }
  return zone;
}

/** The first whole second in (fromMs, toMs] whose offset differs from `offsetMs` (toMs's offset differs). */
function firstChangeAfter(zone: string, fromMs: number, toMs: number, offsetMs: number): number {
  let lo = fromMs / 1000;
  let hi = toMs / 1000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zoneOffsetMs(mid * 1000, zone) === offsetMs) lo = mid;
    else hi = mid;
  }
  return hi * 1000;
}

// Samples every 4 days and bisects to the second where the offset moved. A zone that changed and changed back
// within 4 days would be missed; no zone in the tz database does that in the years a screen runs.
function buildBucket(zone: string, index: number): Bucket {
  const startMs = index * BUCKET_MS;
  const startOffsetMs = zoneOffsetMs(startMs, zone);
  const changes: OffsetChange[] = [];
  let previousMs = startMs;
  let previousOffset = startOffsetMs;
  for (let sampleMs = startMs + SAMPLE_MS; sampleMs <= startMs + BUCKET_MS; sampleMs += SAMPLE_MS) {
    const sampleOffset = zoneOffsetMs(sampleMs, zone);
    while (sampleOffset !== previousOffset) {
      const atMs = firstChangeAfter(zone, previousMs, sampleMs, previousOffset);
      previousOffset = zoneOffsetMs(atMs, zone);
      previousMs = atMs;
      if (atMs < startMs + BUCKET_MS) changes.push({ atMs, offsetMs: previousOffset });
    }
    previousMs = sampleMs;
  }
  return { startOffsetMs, changes };
}

function bucketAt(timeZone: string, epochMs: number): Bucket {
  const zone = usableZone(timeZone);
  const index = Math.floor(epochMs / BUCKET_MS);
  let zoneBuckets = buckets.get(zone);
  if (!zoneBuckets) {
    zoneBuckets = new Map();
    buckets.set(zone, zoneBuckets);
  }
  let bucket = zoneBuckets.get(index);
  if (!bucket) {
    if (bucketCount >= MAX_BUCKETS) {
      buckets.clear();
      bucketCount = 0;
      return bucketAt(timeZone, epochMs);
    }
    bucket = buildBucket(zone, index);
    zoneBuckets.set(index, bucket);
    bucketCount++;
  }
  return bucket;
}

/** The zone's offset from UTC (ms, east positive) at an instant; an unknown zone reads as the default zone. */
export function offsetAt(timeZone: string, epochMs: number): number {
  const bucket = bucketAt(timeZone, epochMs);
  let offsetMs = bucket.startOffsetMs;
  for (const change of bucket.changes) {
    if (change.atMs > epochMs) break;
    offsetMs = change.offsetMs;
  }
  return offsetMs;
}

/** The offset changes in (fromMs, toMs], in order. */
function changesBetween(timeZone: string, fromMs: number, toMs: number): OffsetChange[] {
  const found: OffsetChange[] = [];
  for (let index = Math.floor(fromMs / BUCKET_MS); index * BUCKET_MS <= toMs; index++) {
    for (const change of bucketAt(timeZone, index * BUCKET_MS).changes) {
      if (change.atMs > fromMs && change.atMs <= toMs) found.push(change);
    }
  }
  return found;
}

/** Wall-clock time at an instant, as ms since 1970-01-01 00:00 of the zone's calendar. */
export function wallMsAt(timeZone: string, epochMs: number): number {
  return epochMs + offsetAt(timeZone, epochMs);
}

/** The local day (whole days since 1970-01-01 on the zone's wall calendar) an instant falls on. */
export function localDayAt(timeZone: string, epochMs: number): number {
  return Math.floor(wallMsAt(timeZone, epochMs) / MS_PER_DAY);
}

/**
 * The first instant at which the zone's wall clock reads `wallMs` or later: what
 * an operator means by "at 02:30". A time skipped when clocks go forward is
 * reached when they jump past it (02:30 on a spring-forward night is 03:00); a
 * time that happens twice when clocks go back is its first occurrence.
 * (core/feed's wallTimeToEpochMs instead moves a skipped time on by the gap,
 * right for reading a document's timestamp but not for a window an operator
 * watches on a clock.)
 */
export function instantAtWall(timeZone: string, wallMs: number): number {
  // Offsets lie within ±14 h, so every instant whose wall reading is near wallMs lies within a day of it.
  const fromMs = wallMs - MS_PER_DAY;
  let pieceOffsetMs = offsetAt(timeZone, fromMs);
  // Nearly every day of the year: one offset all around, so the wall time maps back by it.
  if (offsetAt(timeZone, wallMs + MS_PER_DAY) === pieceOffsetMs) return wallMs - pieceOffsetMs;
  let pieceStartMs = -Infinity;
  for (const change of changesBetween(timeZone, fromMs, wallMs + MS_PER_DAY)) {
    // The wall clock passes wallMs within this piece when the piece ends later on the wall than wallMs.
    if (change.atMs + pieceOffsetMs > wallMs) return Math.max(pieceStartMs, wallMs - pieceOffsetMs);
    pieceStartMs = change.atMs;
    pieceOffsetMs = change.offsetMs;
  }
  return Math.max(pieceStartMs, wallMs - pieceOffsetMs);
}

/** The instant a local day begins: the first moment its wall clock reads 00:00 or later. */
export function localDayStart(timeZone: string, day: number): number {
  return instantAtWall(timeZone, day * MS_PER_DAY);
}

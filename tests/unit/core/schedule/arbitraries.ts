/** fast-check arbitraries for schedules and player states, biased towards DST nights and window edges. */
import fc from 'fast-check';
import type { PlayerState, ScheduledRotation, Slide } from '../../../../main/core/player-state';
import { WEEKDAYS, type Schedule, type TimeWindow } from '../../../../main/core/schedule/schedule-schema';
import { hallState, imageSlide, countdown } from './state-fixtures';

/** Zones with and without DST, including a 30-minute DST shift. */
export const zoneArb = fc.constantFrom('Asia/Ho_Chi_Minh', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe');

// Hours around midnight and the small hours, where DST changes happen, come up more often.
const minuteArb = fc.oneof(
  fc.integer({ min: 0, max: 1439 }),
  fc.constantFrom(0, 60, 90, 120, 150, 180, 210, 1320, 1410),
);
const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

const windowArb: fc.Arbitrary<TimeWindow> = fc
  .tuple(minuteArb, minuteArb)
  .filter(([start, end]) => start !== end)
  .map(([start, end]) => ({ start: hhmm(start), end: hhmm(end) }));

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2023, 11, 1) / DAY_MS;
const dateArb = fc
  .integer({ min: 0, max: 500 })
  .map((offset) => new Date((FIRST_DAY + offset) * DAY_MS).toISOString().slice(0, 10));

/** Any valid schedule; dates fall between December 2023 and April 2025. */
export const scheduleArb: fc.Arbitrary<Schedule> = fc
  .record(
    {
      from: dateArb,
      until: dateArb,
      days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }),
      times: fc.array(windowArb, { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: [] },
  )
  .map((schedule) =>
    schedule.from && schedule.until && schedule.from > schedule.until
      ? { ...schedule, from: schedule.until, until: schedule.from }
      : schedule,
  );

// DST changes of 2024 in the zones above, so instants land on and around them.
const TRANSITIONS = [
  Date.UTC(2024, 2, 31, 1),
  Date.UTC(2024, 9, 27, 1),
  Date.UTC(2024, 2, 10, 7),
  Date.UTC(2024, 10, 3, 6),
  Date.UTC(2024, 3, 6, 15),
  Date.UTC(2024, 9, 5, 15, 30),
];

/** An instant in 2024, often within a day of a DST change, whole seconds. */
export const instantArb = fc.oneof(
  fc.integer({ min: Date.UTC(2024, 0, 1) / 1000, max: Date.UTC(2025, 0, 1) / 1000 }).map((s) => s * 1000),
  fc
    .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -DAY_MS / 1000, max: DAY_MS / 1000 }))
    .map(([at, seconds]) => at + seconds * 1000),
);

const slideArb = (id: string): fc.Arbitrary<Slide> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.option(scheduleArb, { nil: undefined }).map((s) => imageSlide(id, s)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(instantArb, fc.option(fc.constant('Chào mừng'), { nil: null }))
        .map(([targetAtMs, doneText]) => countdown(id, targetAtMs, doneText)),
    },
  );

const slidesArb = (prefix: string): fc.Arbitrary<Slide[]> =>
  fc
    .integer({ min: 0, max: 3 })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => slideArb(`${prefix}${i}`))))
    .map((slides): Slide[] => [...slides]);

const rotationArb = (index: number): fc.Arbitrary<ScheduledRotation> =>
  fc.record({
    id: fc.constant(`r${index}`),
    priority: fc.integer({ min: 0, max: 3 }),
    schedule: scheduleArb,
    slides: slidesArb(`r${index}-s`),
    marquee: fc.constant(null),
  });

/** A hall's state with up to three scheduled playlists and items with their own schedules. */
export const stateArb: fc.Arbitrary<PlayerState> = fc
  .tuple(
    zoneArb,
    slidesArb('d'),
    fc
      .integer({ min: 0, max: 3 })
      .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => rotationArb(i)))),
    instantArb,
  )
  .map(([timezone, slides, scheduled, epochMs]) =>
    hallState({ timezone, slides, scheduled, epochMs: epochMs - 20 * DAY_MS }),
  );

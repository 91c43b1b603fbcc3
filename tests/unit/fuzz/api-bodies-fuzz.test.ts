/**
 * Fuzzing the operator API's request bodies and queries, validated as the host validates them (parseBody:
 * safeParse, then problemsFromZod and describeProblems into the 400 answer), plus the report body screens POST.
 * Any JSON an attacker or a broken console sends gets the parsed body or a 400 whose every line names a field
 * and says why — within a second, and without polluting Object.prototype.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';

import {
  announcementRequestSchema,
  feedTestRequestSchema,
  playlistSaveRequestSchema,
  proofOfPlayQuerySchema,
  schedulePreviewQuerySchema,
  screensReloadRequestSchema,
  settingsPatchSchema,
  setupPasswordRequestSchema,
  signInRequestSchema,
} from '../../../main/core/api';
import { screenReportSchema } from '../../../main/core/screen-report';
import { checkWith } from '../../../main/core/validation';
import type { z } from '../../../main/core/zod';
import { jsonLeafArb, mutatedValue, protoKeyObjectArb } from './arbitraries';
import { assertPrototypeClean, boundedCall, checkProblems, fuzz, fuzzTimeoutMs } from './bounded-call';
import { CONTRACT_PLAYLIST, FULL_FEED_SETTINGS, FULL_SETTINGS, RICH_PLAYLIST } from './seeds';

const ANNOUNCEMENT = {
  id: 'hop',
  mode: 'banner',
  title: 'Họp Ban Chấp hành',
  body: 'Lúc 8 giờ tại hội trường tầng 2.',
  startsAt: '2026-11-27T08:00:00+07:00',
  endsAt: '2026-11-27T11:00:00+07:00',
};

/** Every body or query the API validates, with what a correct client sends. */
const ROUTES: readonly { name: string; schema: z.ZodType; seeds: readonly unknown[] }[] = [
  { name: 'POST /api/session', schema: signInRequestSchema, seeds: [{ password: 'mat-khau-dai' }] },
  { name: 'POST /api/setup-password', schema: setupPasswordRequestSchema, seeds: [{ password: 'mat-khau-dai' }] },
  {
    name: 'PUT /api/playlist',
    schema: playlistSaveRequestSchema,
    seeds: [
      { playlist: CONTRACT_PLAYLIST, baseRevision: 'r-1' },
      { playlist: RICH_PLAYLIST, baseRevision: 'abc' },
    ],
  },
  {
    name: 'PATCH /api/settings',
    schema: settingsPatchSchema,
    seeds: [FULL_SETTINGS, { showClock: false }, { feed: FULL_FEED_SETTINGS }],
  },
  { name: 'POST /api/feed/test', schema: feedTestRequestSchema, seeds: [FULL_FEED_SETTINGS, {}] },
  { name: 'POST /api/announcements', schema: announcementRequestSchema, seeds: [{ announcement: ANNOUNCEMENT }] },
  { name: 'POST /api/screens/reload', schema: screensReloadRequestSchema, seeds: [{}] },
  {
    name: 'GET /api/proof-of-play.csv?',
    schema: proofOfPlayQuerySchema,
    seeds: [{ from: '2026-11-20', to: '2026-11-27T08:00:00+07:00' }, {}],
  },
  { name: 'GET /api/schedule-preview?', schema: schedulePreviewQuerySchema, seeds: [{ days: '7' }, {}] },
  {
    name: 'POST /player/report',
    schema: screenReportSchema,
    seeds: [
      { type: 'ready', revision: 3 },
      { type: 'image-failed', itemId: 'bk1', src: '/media/bk1.jpg', reason: 'decode' },
      { type: 'render-error', message: 'boom' },
    ],
  },
];

/** Whole bodies that are not what any route expects. */
const strayBodyArb = fc.oneof(jsonLeafArb, protoKeyObjectArb, fc.constant(undefined));

describe('fuzz: API bodies and queries', () => {
  it.each(ROUTES)(
    '$name: a mutated body is accepted or answered with a 400 naming each field, within a second',
    ({ name, schema, seeds }) => {
      fuzz(
        fc.property(
          fc.oneof({ weight: 4, arbitrary: mutatedValue(seeds) }, { weight: 1, arbitrary: strayBodyArb }),
          (body) => {
            const result = boundedCall(name, body, () => checkWith(schema, body));
            checkProblems(result, name, body);
            assertPrototypeClean(body);
            if (result.ok) assertPrototypeClean(result.value);
          },
        ),
        60,
      );
    },
    fuzzTimeoutMs(),
  );
});

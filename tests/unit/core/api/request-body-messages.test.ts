/**
 * Regression (found by tests/unit/fuzz): a request with no JSON body, or a body that is not an object, was
 * answered "Invalid input: expected object, received undefined"; and a sign-in password longer than 256
 * characters was answered "password: must be text".
 */
import { describe, expect, it } from 'vitest';

import {
  playlistSaveRequestSchema,
  proofOfPlayQuerySchema,
  schedulePreviewQuerySchema,
  screensReloadRequestSchema,
  settingsPatchSchema,
  setupPasswordRequestSchema,
  signInRequestSchema,
} from '../../../../main/core/api';
import { checkWith, describeProblems } from '../../../../main/core/validation';
import type { z } from '../../../../main/core/zod';

/** What the host answers in its 400 (parseBody: the same zod issues, described the same way). */
function answerTo(schema: z.ZodType, body: unknown): string {
  const result = checkWith(schema, body);
  if (result.ok) throw new Error('the body was accepted, but it should have been rejected');
  return describeProblems(result.problems);
}

describe('request bodies that are missing or not objects', () => {
  it.each([
    ['POST /api/session', signInRequestSchema, '{ "password": "…" }'],
    ['POST /api/setup-password', setupPasswordRequestSchema, '{ "password": "…" }'],
    [
      'PUT /api/playlist',
      playlistSaveRequestSchema,
      '{ "playlist": { "version": 1, "items": [] }, "baseRevision": "…" }',
    ],
    ['PATCH /api/settings', settingsPatchSchema, '{ "showClock": false }'],
    ['POST /api/screens/reload', screensReloadRequestSchema, '{}'],
  ] as const)('%s says what body it needs', (_route, schema, example) => {
    const expected = `the request body must be a JSON object such as ${example}`;
    expect(answerTo(schema, undefined)).toBe(expected);
    expect(answerTo(schema, 'password')).toBe(expected);
    expect(answerTo(schema, [])).toBe(expected);
  });

  it('the queries say which parameters they take', () => {
    expect(answerTo(proofOfPlayQuerySchema, null)).toBe(
      'the query may hold only from and to, e.g. ?from=2026-11-20&to=2026-11-27',
    );
    expect(answerTo(schedulePreviewQuerySchema, null)).toBe('the query may hold only days, e.g. ?days=7');
  });

  it('PUT /api/playlist without a playlist names the field', () => {
    expect(answerTo(playlistSaveRequestSchema, { baseRevision: 'r-1' })).toBe('playlist: is required');
  });
});

describe('a sign-in password that is too long', () => {
  it('is refused for its length, not as "must be text"', () => {
    expect(answerTo(signInRequestSchema, { password: 'x'.repeat(257) })).toBe(
      'password: must be at most 256 characters',
    );
  });
});

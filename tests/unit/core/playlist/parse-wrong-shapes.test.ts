/**
 * Regression (found by tests/unit/fuzz): a playlist part that is not an object at all was reported in zod's own
 * words, "Invalid input: expected object, received number", which tells an operator nothing about what to write.
 */
import { describe, expect, it } from 'vitest';

import { parsePlaylist } from '../../../../main/core/playlist/parse';
import { describeProblems } from '../../../../main/core/validation';

function messageOf(document: unknown): string {
  const result = parsePlaylist(JSON.stringify(document));
  if (result.ok) throw new Error('the playlist was accepted, but it should have been rejected');
  return describeProblems(result.problems);
}

describe('playlist parts of the wrong shape are named in words', () => {
  it('a document that is a list, not an object', () => {
    expect(messageOf([])).toBe('must be a playlist: an object such as { "version": 1, "items": [] }');
  });

  it('an item that is a number, null, a list or text', () => {
    expect(messageOf({ version: 1, items: [5, null] })).toBe(
      'items[0]: must be an item: an object with an id, a type and a durationS; ' +
        'items[1]: must be an item: an object with an id, a type and a durationS',
    );
  });

  it('a marquee, a scheduled playlist, a name and a $schema of the wrong type', () => {
    expect(messageOf({ version: 1, items: [], marquee: 'Khẩu hiệu' })).toBe(
      'marquee: must be an object with a list of slogans, e.g. { "text": ["Khẩu hiệu"] }',
    );
    expect(messageOf({ version: 1, items: [], playlists: [5] })).toBe(
      'playlists[0]: must be a playlist object with an id, a priority, a schedule and items',
    );
    expect(
      messageOf({ version: 1, items: [], playlists: [{ id: 'tet', priority: 1, schedule: {}, items: [], name: 5 }] }),
    ).toBe('playlists[0].name: must be text');
    expect(messageOf({ $schema: 5, version: 1, items: [] })).toBe('$schema: must be text (a link to the JSON Schema)');
  });
});

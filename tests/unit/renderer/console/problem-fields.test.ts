import { describe, expect, it } from 'vitest';
import type { Playlist } from '../../../../main/core/playlist/schema';
import { fieldKey, placeProblems, problemLookup, targetOfProblem } from '../../../../renderer/console/problem-fields';

const sent: Playlist = {
  version: 1,
  items: [
    { id: 'bk1', type: 'image', src: 'bk1', durationS: 8 },
    { id: 'tin', type: 'news', durationS: 12 },
    { id: 'anh-moi', type: 'image', src: 'a.jpg', durationS: -1 },
  ],
  marquee: { text: ['Một'] },
  playlists: [
    {
      id: 'sang',
      priority: 10,
      schedule: { times: [{ start: '07:00', end: '07:00' }] },
      items: [{ id: 'tb', type: 'text', durationS: 10, title: '' }],
    },
  ],
};

describe('server problems to form fields', () => {
  it('puts items[2].durationS on the duration of that card, found by id', () => {
    expect(targetOfProblem('playlist.items[2].durationS', sent)).toEqual({
      list: 'default',
      itemId: 'anh-moi',
      field: 'durationS',
    });
    // Local checks name fields without the request body's "playlist." prefix.
    expect(targetOfProblem('items[2].durationS', sent)).toEqual(targetOfProblem('playlist.items[2].durationS', sent));
  });

  it('files scheduled playlists under their id, with their own fields and items', () => {
    expect(targetOfProblem('playlist.playlists[0].priority', sent)).toEqual({
      list: 'pl:sang',
      itemId: null,
      field: 'priority',
    });
    expect(targetOfProblem('playlist.playlists[0].items[0].title', sent)).toEqual({
      list: 'pl:sang',
      itemId: 'tb',
      field: 'title',
    });
    expect(targetOfProblem('playlist.playlists[0].schedule.times[0]', sent)?.field).toBe('schedule.times[0]');
  });

  it('files marquee problems and leaves unknown paths for the top of the page', () => {
    expect(targetOfProblem('playlist.marquee.speedPxPerS', sent)).toEqual({
      list: 'marquee',
      itemId: null,
      field: 'speedPxPerS',
    });
    expect(targetOfProblem('playlist.items[9].durationS', sent)).toBeNull();
    expect(targetOfProblem('baseRevision', sent)).toBeNull();
    const placed = placeProblems([{ field: 'baseRevision', message: 'must not be empty' }], sent);
    expect(placed.unplaced).toHaveLength(1);
  });

  it('keeps both messages when two problems name one field', () => {
    const placed = placeProblems(
      [
        { field: 'playlist.items[2].durationS', message: 'must be greater than 0' },
        { field: 'playlist.items[2].durationS', message: 'second' },
      ],
      sent,
    );
    expect(placed.byKey.get(fieldKey({ list: 'default', itemId: 'anh-moi', field: 'durationS' }))).toBe(
      'must be greater than 0; second',
    );
  });

  it('looks problems up exactly or under a prefix, for a card or its schedule', () => {
    const placed = placeProblems(
      [
        { field: 'playlist.items[1].schedule.times[0].end', message: 'bad end' },
        { field: 'playlist.items[1].durationS', message: 'bad duration' },
      ],
      sent,
    );
    const card = problemLookup(placed, 'default', 'tin');
    expect(card('durationS')).toBe('bad duration');
    expect(card('schedule.times[0]', true)).toBe('end: bad end');
    expect(card('', true)).toBe('schedule.times[0].end: bad end; durationS: bad duration');
    expect(card('schedule')).toBeUndefined();
    expect(problemLookup(placed, 'default', 'bk1')('', true)).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaylist } from '../../../../main/core/playlist/parse';
import { describeProblems, type FieldProblem } from '../../../../main/core/validation';

const DEFAULT_PLAYLIST_TEXT = readFileSync(
  new URL('../../../../assets/default-playlist.json', import.meta.url),
  'utf8',
);

const slide = (id: string, extra: object = {}) => ({ id, type: 'image', src: id, durationS: 8, ...extra });
const playlistText = (items: unknown[], extra: object = {}) => JSON.stringify({ version: 1, items, ...extra }, null, 2);

/** The problems of a text that must be rejected (fails the test if it was accepted). */
function problemsOf(text: string): FieldProblem[] {
  const result = parsePlaylist(text);
  if (result.ok) throw new Error('the playlist was accepted, but it should have been rejected');
  return result.problems;
}

/** What an operator reads: `field: why`, joined. */
const messageOf = (text: string) => describeProblems(problemsOf(text));

describe('parsePlaylist', () => {
  it('accepts the example playlist of contract.md as it is', () => {
    const example = `{
  "version": 1,
  "items": [
    { "id": "bk1", "type": "image", "src": "bk1", "durationS": 8 },
    { "id": "tin", "type": "news", "durationS": 12, "count": 3 }
  ],
  "marquee": { "text": ["Khẩu hiệu một", "Khẩu hiệu hai"], "speedPxPerS": 120 }
}`;
    const result = parsePlaylist(example);
    expect(result).toEqual({
      ok: true,
      value: {
        version: 1,
        items: [
          { id: 'bk1', type: 'image', src: 'bk1', durationS: 8 },
          { id: 'tin', type: 'news', durationS: 12, count: 3 },
        ],
        marquee: { text: ['Khẩu hiệu một', 'Khẩu hiệu hai'], speedPxPerS: 120 },
      },
    });
  });

  it('accepts the bundled default playlist: bk1…bk5 for 8 s each, then the congress news', () => {
    const result = parsePlaylist(DEFAULT_PLAYLIST_TEXT);
    if (!result.ok) throw new Error(describeProblems(result.problems));
    expect(result.value.items.map((item) => [item.id, item.type, item.durationS])).toEqual([
      ['bk1', 'image', 8],
      ['bk2', 'image', 8],
      ['bk3', 'image', 8],
      ['bk4', 'image', 8],
      ['bk5', 'image', 8],
      ['tin-dai-hoi', 'news', 12],
    ]);
    expect(result.value.items.slice(0, 5).map((item) => (item.type === 'image' ? item.src : null))).toEqual([
      'bk1',
      'bk2',
      'bk3',
      'bk4',
      'bk5',
    ]);
  });

  it('accepts a file saved with a UTF-8 byte order mark (as Windows Notepad does)', () => {
    const result = parsePlaylist(`\uFEFF${playlistText([slide('bk1')], { marquee: { text: ['Chào mừng Đại hội'] } })}`);
    expect(result.ok).toBe(true);
  });

  it('says the text is not valid JSON when it is broken', () => {
    const problems = problemsOf('{ "version": 1, "items": [ { "id": "bk1", "type": "image", } ');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('');
    expect(problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('names the version field when the version is not 1', () => {
    expect(problemsOf(JSON.stringify({ version: 2, items: [] }))).toEqual([
      { field: 'version', message: expect.stringContaining('must be 1') },
    ]);
  });

  it('refuses a video named by URL with a message saying what to do, rather than skipping it silently', () => {
    const text = playlistText([{ id: 'phim', type: 'video', src: 'https://congdoanbackan.org.vn/phim.mp4' }]);
    expect(messageOf(text)).toBe(
      'items[0].src: must be a file in the media library (videos from a URL are not supported yet)',
    );
  });

  it('says the items list is required when it is missing', () => {
    expect(messageOf(JSON.stringify({ version: 1 }))).toBe('items: is required');
  });

  it('names the type of an item whose type is unknown and lists the known ones', () => {
    const text = playlistText([slide('bk1'), { id: 'loa', type: 'audio', src: 'loa.mp3', durationS: 30 }]);
    expect(messageOf(text)).toBe('items[1].type: must be one of image, video, news, countdown, text');
  });

  it('says the src of an image is required when it is missing', () => {
    expect(messageOf(playlistText([{ id: 'bk1', type: 'image', durationS: 8 }]))).toBe('items[0].src: is required');
  });

  it.each([
    ['zero', 0, 'must be greater than 0'],
    ['negative', -8, 'must be greater than 0'],
    ['text', '8', 'must be a number of seconds'],
  ])('rejects a durationS that is %s, naming the field', (_what, durationS, why) => {
    expect(messageOf(playlistText([slide('bk1'), slide('bk2', { durationS })]))).toBe(`items[1].durationS: ${why}`);
  });

  it('names both positions of a duplicate id', () => {
    const problems = problemsOf(playlistText([slide('bk1'), slide('bk2'), slide('bk1', { src: 'bk3' })]));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('items[2].id');
    expect(problems[0]?.message).toContain('"bk1"');
    expect(problems[0]?.message).toContain('items[0]');
  });

  it('names an unknown field at the top level', () => {
    expect(messageOf(playlistText([slide('bk1')], { loop: true }))).toBe('loop: is not a known field');
  });

  it('names an unknown field inside an item rather than ignoring it', () => {
    // "duration" instead of "durationS": a likely slip that must not pass silently.
    expect(messageOf(playlistText([slide('bk1', { duration: 8 })]))).toBe('items[0].duration: is not a known field');
  });

  it('names an unknown field inside the marquee', () => {
    const text = playlistText([slide('bk1')], { marquee: { text: ['Chào mừng Đại hội'], speed: 120 } });
    expect(messageOf(text)).toBe('marquee.speed: is not a known field');
  });

  it('rejects a marquee speed of 0, naming the field', () => {
    const text = playlistText([slide('bk1')], { marquee: { text: ['Chào mừng Đại hội'], speedPxPerS: 0 } });
    expect(messageOf(text)).toBe('marquee.speedPxPerS: must be greater than 0');
  });

  it('rejects an empty slogan, naming which one', () => {
    const text = playlistText([slide('bk1')], {
      marquee: { text: ['Chào mừng Đại hội XIII Công đoàn Việt Nam', '   '] },
    });
    expect(messageOf(text)).toBe('marquee.text[1]: must not be empty');
  });

  it('reports every problem of a file at once, each with its field', () => {
    const text = JSON.stringify({ version: 1, items: [slide('bk1', { durationS: 0 }), { id: 'bk2', type: 'image' }] });
    expect(problemsOf(text).map((p) => p.field)).toEqual(
      expect.arrayContaining(['items[0].durationS', 'items[1].src', 'items[1].durationS']),
    );
  });

  it('says the type of an item is missing when it is missing', () => {
    const message = messageOf(playlistText([{ id: 'bk1', src: 'bk1', durationS: 8 }]));
    expect(message).toMatch(/^items\[0\]\.type: /);
    expect(message).toMatch(/missing|is required/);
  });
});

/**
 * Regression (found by tests/unit/fuzz): settings.json, or a part of it, that is not an object was reported in
 * zod's own words, "Invalid input: expected object, received number".
 */
import { describe, expect, it } from 'vitest';

import { settingsSchema } from '../../../main/core/settings';
import { checkWith, describeProblems } from '../../../main/core/validation';

function messageOf(value: unknown): string {
  const result = checkWith(settingsSchema, value);
  if (result.ok) throw new Error('the settings were accepted, but they should have been rejected');
  return describeProblems(result.problems);
}

describe('settings of the wrong shape are named in words', () => {
  it('a settings file that holds a number or a list', () => {
    expect(messageOf(5)).toBe('must be an object of settings such as { "timezone": "Asia/Ho_Chi_Minh" }');
    expect(messageOf([])).toBe('must be an object of settings such as { "timezone": "Asia/Ho_Chi_Minh" }');
  });

  it('a feed, its selectors and a remote playlist that are not objects', () => {
    expect(messageOf({ feed: 'https://congdoanbackan.org.vn/rss' })).toBe(
      'feed: must be an object such as { "url": "https://…/rss", "format": "auto" }',
    );
    expect(messageOf({ feed: { format: 'html', selectors: '.news-item' } })).toBe(
      'feed.selectors: must be an object of CSS selectors, e.g. { "list": ".news-item", "title": "h3 a" }, or null',
    );
    expect(messageOf({ remotePlaylist: true })).toBe(
      'remotePlaylist: must be an object such as { "url": "https://…/playlist.json", "pollIntervalMin": 5 }',
    );
  });
});

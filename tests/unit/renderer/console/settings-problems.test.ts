import { describe, expect, it } from 'vitest';
import { placeSettingsProblems, problemLookup, SETTINGS_LIST } from '../../../../renderer/console/problem-fields';

const SECTIONS = ['displayPower', 'maintenance', 'updates'];

describe('settings problems on the Screen page', () => {
  const placed = placeSettingsProblems(
    [
      { field: 'displayPower.on.sat[0]', message: 'must not start and end at the same time' },
      { field: 'displayPower.on.mon[1].end', message: 'must be a time written HH:MM (24-hour), e.g. 07:30' },
      { field: 'updates.feedUrl', message: 'must be a web address starting with http:// or https://' },
      { field: 'feed.url', message: 'must be an http(s) URL' },
      { field: '', message: 'cannot save settings.json' },
    ],
    SECTIONS,
  );

  it('puts a window problem on that window, and a problem inside a window on it too', () => {
    const power = problemLookup(placed, SETTINGS_LIST, null, 'displayPower');
    expect(power('on.sat[0]', true)).toBe('must not start and end at the same time');
    expect(power('on.mon[1]', true)).toBe('end: must be a time written HH:MM (24-hour), e.g. 07:30');
    expect(power('on.mon[0]', true)).toBeUndefined();
    expect(power('on.sat[1]', true)).toBeUndefined();
  });

  it('puts the update address problem on the address field only', () => {
    const updates = problemLookup(placed, SETTINGS_LIST, null, 'updates');
    expect(updates('feedUrl')).toMatch(/http:\/\/ or https:\/\//);
    expect(updates('checkEveryHours')).toBeUndefined();
    expect(problemLookup(placed, SETTINGS_LIST, null, 'maintenance')('reloadAt')).toBeUndefined();
  });

  it('keeps problems of settings the page does not show, and ones naming no field, for the top of the page', () => {
    expect(placed.unplaced.map((p) => p.field)).toEqual(['feed.url', '']);
  });
});

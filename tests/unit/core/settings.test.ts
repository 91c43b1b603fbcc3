import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../main/core/settings';
import { checkWith, describeProblems } from '../../../main/core/validation';

/** What an operator reads when a settings value is refused (fails the test if it was accepted). */
function refusal(value: unknown): string {
  const checked = checkWith(settingsSchema, value);
  if (checked.ok) throw new Error('the settings were accepted, but they should have been refused');
  return describeProblems(checked.problems);
}

describe('settings', () => {
  it('plays on the primary display in Vietnam time with the clock shown when nothing is configured', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      displayIndex: 0,
      timezone: 'Asia/Ho_Chi_Minh',
      feedUrl: null,
      showClock: true,
      defaultTransition: 'crossfade',
    });
    expect(settingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what was configured and fills in the rest', () => {
    const checked = checkWith(settingsSchema, {
      displayIndex: 1,
      feedUrl: 'https://congdoanbackan.org.vn/rss/tin-tuc',
      showClock: false,
    });
    expect(checked).toEqual({
      ok: true,
      value: {
        displayIndex: 1,
        timezone: 'Asia/Ho_Chi_Minh',
        feedUrl: 'https://congdoanbackan.org.vn/rss/tin-tuc',
        showClock: false,
        defaultTransition: 'crossfade',
      },
    });
  });

  it('refuses a time zone that does not exist, naming the field', () => {
    expect(refusal({ timezone: 'Asia/Bac_Kan' })).toBe('timezone: must be an IANA time zone such as Asia/Ho_Chi_Minh');
  });

  it('refuses a UTC offset in place of a zone name, on every runtime, so kiosk and browser host agree', () => {
    for (const timezone of ['+07:00', '-0500', 'GMT+7 ']) {
      expect(refusal({ timezone })).toContain('timezone: must be an IANA time zone');
    }
    expect(checkWith(settingsSchema, { timezone: 'UTC' }).ok).toBe(true);
    expect(checkWith(settingsSchema, { timezone: 'America/Argentina/Buenos_Aires' }).ok).toBe(true);
  });

  it('refuses a negative display number, naming the field', () => {
    expect(refusal({ displayIndex: -1 })).toBe('displayIndex: must be 0 or more');
  });

  it.each(['ftp://congdoanbackan.org.vn/rss', 'file:///etc/passwd', 'congdoanbackan.org.vn/rss'])(
    'refuses the feed URL %s because it is not http(s), naming the field',
    (feedUrl) => {
      expect(refusal({ feedUrl })).toBe('feedUrl: must be an http(s) URL');
    },
  );

  it('refuses an unknown key (a misspelt setting) rather than ignoring it', () => {
    expect(refusal({ timeZone: 'Asia/Bangkok' })).toBe('timeZone: is not a known field');
  });
});

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
  it('plays on the primary display in Vietnam time with the clock and the bundled sample news when nothing is configured', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      displayIndex: 0,
      timezone: 'Asia/Ho_Chi_Minh',
      feed: {
        url: null,
        format: 'auto',
        selectors: null,
        keywords: ['Đại hội'],
        categories: [],
        maxAgeDays: null,
        pollIntervalMin: 15,
        staleAfterHours: 24,
        headlinesInMarquee: false,
      },
      showClock: true,
      defaultTransition: 'crossfade',
      remotePlaylist: { url: null, pollIntervalMin: 5 },
      maintenance: { reloadAt: '03:30' },
      displayPower: {
        enabled: false,
        on: Object.fromEntries(
          ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [{ start: '06:00', end: '22:00' }]]),
        ),
      },
      updates: { feedUrl: null, checkEveryHours: 6, installWindow: { start: '02:00', end: '05:00' } },
    });
    expect(settingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what was configured and fills in the rest', () => {
    const checked = checkWith(settingsSchema, {
      displayIndex: 1,
      feed: { url: 'https://congdoanbackan.org.vn/rss/tin-tuc', keywords: ['Đại hội', 'Công đoàn'] },
      showClock: false,
    });
    expect(checked).toEqual({
      ok: true,
      value: {
        ...DEFAULT_SETTINGS,
        displayIndex: 1,
        feed: {
          ...DEFAULT_SETTINGS.feed,
          url: 'https://congdoanbackan.org.vn/rss/tin-tuc',
          keywords: ['Đại hội', 'Công đoàn'],
        },
        showClock: false,
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
    (url) => {
      expect(refusal({ feed: { url } })).toBe('feed.url: must be an http(s) URL');
    },
  );

  it('refuses an html feed without selectors, naming the field', () => {
    expect(refusal({ feed: { url: 'https://congdoanbackan.org.vn/', format: 'html' } })).toBe(
      'feed.selectors: are required when format is html',
    );
  });

  it('accepts an html feed with the list and title selectors, the others being optional', () => {
    const checked = checkWith(settingsSchema, {
      feed: {
        url: 'https://congdoanbackan.org.vn/tin-tuc',
        format: 'html',
        selectors: { list: '.news-item', title: 'h3 a', time: '.date' },
      },
    });
    expect(checked.ok).toBe(true);
  });

  it("refuses a poll interval under a minute, so a typo cannot hammer the union's server", () => {
    expect(refusal({ feed: { pollIntervalMin: 0.1 } })).toBe('feed.pollIntervalMin: must be at least 1 minute');
  });

  it('refuses an empty keyword, naming its place in the list', () => {
    expect(refusal({ feed: { keywords: ['Đại hội', '  '] } })).toBe('feed.keywords[1]: a keyword must not be empty');
  });

  it('refuses an unknown key (a misspelt setting) rather than ignoring it', () => {
    expect(refusal({ timeZone: 'Asia/Bangkok' })).toBe('timeZone: is not a known field');
  });

  it('refuses a maintenance time that is not HH:MM, naming the field, and accepts null to switch it off', () => {
    expect(refusal({ maintenance: { reloadAt: '3h30' } })).toBe(
      'maintenance.reloadAt: must be a time written HH:MM (24-hour), e.g. 07:30',
    );
    expect(checkWith(settingsSchema, { maintenance: { reloadAt: null } }).ok).toBe(true);
  });

  it('reads display hours given for some days as off on the others', () => {
    const checked = checkWith(settingsSchema, {
      displayPower: { enabled: true, on: { mon: [{ start: '07:00', end: '21:00' }] } },
    });
    expect(checked.ok && checked.value.displayPower.on).toEqual({
      mon: [{ start: '07:00', end: '21:00' }],
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: [],
      sun: [],
    });
  });

  it('refuses display hours that are malformed or never turn the display on, naming the field', () => {
    expect(refusal({ displayPower: { on: { mon: [{ start: '7:00', end: '21:00' }] } } })).toBe(
      'displayPower.on.mon[0].start: must be a time written HH:MM (24-hour), e.g. 07:30',
    );
    expect(refusal({ displayPower: { on: { funday: [] } } })).toContain('displayPower.on');
    expect(refusal({ displayPower: { enabled: true, on: {} } })).toBe(
      'displayPower.on: must give the display some hours to be on (or set enabled to false)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { problemsFromZod } from '../../../../main/core/validation';
import { DEFAULT_UPDATE_SETTINGS, updateSettingsSchema } from '../../../../main/core/update/update-settings';

const problems = (input: unknown) => {
  const parsed = updateSettingsSchema.safeParse(input);
  return parsed.success ? [] : problemsFromZod(parsed.error);
};

describe('updateSettingsSchema', () => {
  it('defaults to no updates, a check every 6 hours and the 02:00–05:00 window', () => {
    expect(DEFAULT_UPDATE_SETTINGS).toEqual({
      feedUrl: null,
      checkEveryHours: 6,
      installWindow: { start: '02:00', end: '05:00' },
    });
  });

  it('accepts an update server, a window across midnight and a channel', () => {
    const input = {
      feedUrl: 'https://updates.congdoan.vn/pano/',
      installWindow: { start: '23:30', end: '04:00' },
      channel: 'beta',
    };
    expect(updateSettingsSchema.parse(input)).toMatchObject(input);
  });

  it('names the field and says what to write', () => {
    expect(problems({ feedUrl: 'ftp://x/pano' })).toEqual([
      {
        field: 'feedUrl',
        message: 'must be a web address starting with http:// or https://, e.g. https://updates.example.vn/pano',
      },
    ]);
    expect(problems({ checkEveryHours: 0 })[0]).toEqual({
      field: 'checkEveryHours',
      message: 'must be at least 1 hour (a server is not asked more often)',
    });
    expect(problems({ checkEveryHours: 200 })[0]?.message).toBe('must be at most 168 hours (once a week)');
    expect(problems({ installWindow: { start: '2:00', end: '05:00' } })[0]?.field).toBe('installWindow.start');
    expect(problems({ channel: 'Beta Test' })[0]?.field).toBe('channel');
    expect(problems({ feedUrl: 'https://x', extra: 1 })).toEqual([{ field: 'extra', message: 'is not a known field' }]);
  });
});

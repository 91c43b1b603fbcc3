import { describe, expect, it } from 'vitest';
import { formatBytes, newAnnouncementId, splitDuration } from '../../../../renderer/console/format';
import { LANGUAGE_STORAGE_KEY, pickLanguage } from '../../../../renderer/console/i18n/dictionary';
import { linesToList } from '../../../../renderer/console/text-lines';

describe('console formats', () => {
  it('writes sizes with the language decimal mark', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536, 'vi')).toBe('1,5 KB');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(30 * 1024 * 1024, 'en')).toBe('30 MB');
  });

  it('splits an uptime into days, hours and minutes', () => {
    expect(splitDuration(3 * 86_400 + 4 * 3600 + 5 * 60 + 59)).toEqual([3, 4, 5]);
  });

  it('makes announcement ids the schema accepts', () => {
    expect(newAnnouncementId(Date.parse('2023-10-20T01:00:00Z'), 0.5)).toMatch(/^tb-[a-z0-9]+-[a-z0-9]{2}$/);
  });

  it('reads one entry per line, dropping blanks', () => {
    expect(linesToList('  Một \r\n\nHai\n')).toEqual(['Một', 'Hai']);
  });

  it('falls back to Vietnamese for an unknown stored language', () => {
    expect(LANGUAGE_STORAGE_KEY).toMatch(/pano/);
    expect(pickLanguage('en')).toBe('en');
    expect(pickLanguage(null)).toBe('vi');
    expect(pickLanguage('fr')).toBe('vi');
  });
});

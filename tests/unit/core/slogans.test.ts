import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSlogans } from '../../../main/core/slogans';

// The banner of congdoanbackan.org.vn as the site serves it: slogans joined by runs of dashes.
const BANNER = readFileSync(new URL('../../fixtures/congdoanbackan-banner.txt', import.meta.url), 'utf8');
const DEFAULT_PLAYLIST = JSON.parse(
  readFileSync(new URL('../../../assets/default-playlist.json', import.meta.url), 'utf8'),
) as { marquee: { text: string[] } };

describe('splitSlogans', () => {
  it('finds exactly the 12 slogans of the union banner, in order', () => {
    const slogans = splitSlogans(BANNER);
    expect(slogans).toHaveLength(12);
    expect(slogans[0]).toBe('Mừng đất nước đổi mới, mừng Đảng quang vinh, mừng Xuân Giáp Thìn!');
    expect(slogans[11]).toBe('Sống, chiến đấu, lao động và học tập theo gương Bác Hồ vĩ đại!');
  });

  it('keeps a slogan with a single hyphen ("chính trị - xã hội") whole', () => {
    const slogans = splitSlogans(BANNER);
    const political = slogans.filter((s) => s.includes('chính trị - xã hội'));
    expect(political).toEqual([
      'Xây dựng Công đoàn Việt Nam vững mạnh toàn diện, là cơ sở chính trị - xã hội vững chắc của Đảng, Nhà nước!',
    ]);
    // Date ranges and terms use a single hyphen too.
    expect(slogans).toContain('Kỷ niệm 69 năm ngày Thầy thuốc Việt Nam (27/02/1955 - 27/02/2024)');
    expect(slogans.some((s) => s.endsWith('nhiệm kỳ 2023-2028!'))).toBe(true);
  });

  it('returns trimmed, non-empty slogans even around spaced or doubled separators', () => {
    const slogans = splitSlogans('  --------Mừng Đảng quang vinh!  --------   ----- Mừng Xuân Giáp Thìn! --------\n');
    expect(slogans).toEqual(['Mừng Đảng quang vinh!', 'Mừng Xuân Giáp Thìn!']);
  });

  it('returns slogans in NFC even when the banner arrives decomposed (NFD)', () => {
    const nfd = 'Chào mừng Đại hội XIII Công đoàn Việt Nam!---------Đoàn kết - Đổi mới'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const slogans = splitSlogans(nfd);
    expect(slogans).toEqual(['Chào mừng Đại hội XIII Công đoàn Việt Nam!', 'Đoàn kết - Đổi mới']);
    for (const slogan of slogans) expect(slogan).toBe(slogan.normalize('NFC'));
    expect(slogans[0]?.startsWith('Chào mừng Đại hội')).toBe(true);
  });

  it('makes the bundled default marquee exactly the banner of the union site', () => {
    expect(DEFAULT_PLAYLIST.marquee.text).toEqual(splitSlogans(BANNER));
  });
});

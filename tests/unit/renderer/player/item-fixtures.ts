/** Video, countdown and text slides shaped like the host builds them, for the player's unit tests. */
import type { CountdownSlide, TextSlide, VideoSlide } from '../../../../main/core/player-state';

/** The congress opening, 08:00 in Hà Nội (UTC+7). */
export const CONGRESS_AT_MS = Date.parse('2023-12-01T08:00:00+07:00');

/** A clip from the media library. */
export function videoSlide(overrides: Partial<VideoSlide> = {}): VideoSlide {
  return {
    kind: 'video',
    id: 'phim',
    itemId: 'phim',
    src: '/media/library/phim-dai-hoi.webm',
    durationMs: 15_000,
    transition: 'crossfade',
    fit: 'auto',
    muted: true,
    ...overrides,
  };
}

/** "Còn … đến Đại hội XIII Công đoàn Việt Nam". */
export function countdownSlide(overrides: Partial<CountdownSlide> = {}): CountdownSlide {
  return {
    kind: 'countdown',
    id: 'dem-nguoc',
    itemId: 'dem-nguoc',
    durationMs: 10_000,
    transition: 'crossfade',
    title: 'Đại hội XIII Công đoàn Việt Nam',
    targetAtMs: CONGRESS_AT_MS,
    doneText: 'Chào mừng Đại hội XIII Công đoàn Việt Nam',
    ...overrides,
  };
}

/** A notice from the federation's office. */
export function textSlide(overrides: Partial<TextSlide> = {}): TextSlide {
  return {
    kind: 'text',
    id: 'thong-bao',
    itemId: 'thong-bao',
    durationMs: 12_000,
    transition: 'crossfade',
    title: 'Thông báo lịch họp Ban Chấp hành',
    body: 'Ban Chấp hành họp phiên thường kỳ lúc 8 giờ sáng thứ Hai.\n\nĐề nghị các đồng chí có mặt đúng giờ.',
    ...overrides,
  };
}

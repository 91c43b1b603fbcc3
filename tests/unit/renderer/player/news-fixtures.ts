/** Slides shaped like the ones the host builds from the union's site, for the player's unit tests. */
import type { ImageSlide, NewsSlide } from '../../../../main/core/player-state';

/** bk1 as the default playlist plays it. */
export function imageSlide(overrides: Partial<ImageSlide> = {}): ImageSlide {
  return {
    kind: 'image',
    id: 'bk1',
    itemId: 'bk1',
    src: '/media/bundled/bk1.jpg',
    durationMs: 8000,
    transition: 'crossfade',
    fit: 'auto',
    ...overrides,
  };
}

/** The seed article of congdoanbackan.org.vn as a news slide of the playlist item "tin". */
export function newsSlide(overrides: Partial<NewsSlide> = {}): NewsSlide {
  return {
    kind: 'news',
    id: 'tin\u0000day-manh-cong-tac-tuyen-truyen',
    itemId: 'tin',
    durationMs: 12_000,
    transition: 'crossfade',
    title: 'Đẩy mạnh công tác tuyên truyền chào mừng Đại hội Công đoàn các cấp',
    publishedAtMs: Date.parse('2022-12-21T15:06:00+07:00'),
    image: {
      src: '/media/cache/6.-cong-tac-tuyen-truyen-dh-cac-cap.anh.jpg',
      caption:
        'Ảnh. Đồng chí Bùi Minh Thanh - Phó Chủ tịch LĐLĐ tỉnh định hướng công tác tuyên truyền tại Hội nghị Báo cáo viên Công đoàn cấp tỉnh.',
    },
    summary:
      'Nhằm tuyên truyền rộng rãi đến đội ngũ cán bộ, công chức, viên chức và người lao động niềm tự hào về giai cấp công nhân.\n\n' +
      'Theo kế hoạch, các cấp Công đoàn trong tỉnh sẽ tuyên truyền về vai trò, sứ mệnh lịch sử của giai cấp công nhân.',
    author: 'Thu Thủy - Ban TGNC',
    source: 'congdoanbackan.org.vn',
    link: 'https://congdoanbackan.org.vn/tin-tuc/day-manh-cong-tac-tuyen-truyen-chao-mung-dai-hoi-cong-doan-cac-cap.html',
    ...overrides,
  };
}

/** Valid documents the fuzzers start from: every item type, schedules, scheduled playlists, full settings. */
import { readFileSync } from 'node:fs';

/** The bundled default playlist, as shipped. */
export const DEFAULT_PLAYLIST_TEXT = readFileSync(
  new URL('../../../assets/default-playlist.json', import.meta.url),
  'utf8',
);

/** The example of contract.md. */
export const CONTRACT_PLAYLIST = {
  version: 1,
  items: [
    { id: 'bk1', type: 'image', src: 'bk1', durationS: 8 },
    { id: 'tin', type: 'news', durationS: 12, count: 3 },
  ],
  marquee: { text: ['Khẩu hiệu một', 'Khẩu hiệu hai'], speedPxPerS: 120 },
};

/** A playlist that uses every item type and every optional field once. */
export const RICH_PLAYLIST = {
  $schema: './schema/playlist.schema.json',
  version: 1,
  items: [
    { id: 'bk1', type: 'image', src: 'bk1', durationS: 8, fit: 'cover', transition: 'zoom' },
    { id: 'anh-web', type: 'image', src: 'https://congdoanbackan.org.vn/upload/a.jpg', durationS: 10 },
    { id: 'phim', type: 'video', src: 'dai-hoi.mp4', durationS: 30, enabled: false },
    { id: 'tin', type: 'news', durationS: 12, count: 5, schedule: { days: ['mon', 'fri'] } },
    { id: 'dem-nguoc', type: 'countdown', durationS: 10, targetAt: '2028-10-20T08:00', title: 'Đại hội XI' },
    {
      id: 'thong-bao',
      type: 'text',
      durationS: 15,
      title: 'Thông báo',
      body: 'Hội nghị lúc 8 giờ.',
      schedule: { from: '2026-01-01', until: '2026-12-31', times: [{ start: '22:00', end: '02:00' }] },
    },
  ],
  marquee: { text: ['Chào mừng Đại hội Công đoàn các cấp'], speedPxPerS: 90 },
  playlists: [
    {
      id: 'tet',
      name: 'Tết',
      priority: 10,
      schedule: { from: '2027-02-01', until: '2027-02-10' },
      items: [{ id: 'bk2', type: 'image', src: 'bk2', durationS: 8 }],
      marquee: { text: ['Mừng Xuân'] },
    },
  ],
};

/** Valid playlists as values. */
export const PLAYLISTS: readonly unknown[] = [
  JSON.parse(DEFAULT_PLAYLIST_TEXT) as unknown,
  CONTRACT_PLAYLIST,
  RICH_PLAYLIST,
];

/** The feed setting with every field set. */
export const FULL_FEED_SETTINGS = {
  url: 'https://congdoanbackan.org.vn/rss/tin-tuc.rss',
  format: 'html',
  selectors: { list: '.news-item', title: 'h3 a', link: 'a', time: '.date', image: 'img', summary: '.sapo' },
  keywords: ['Đại hội', 'Công đoàn'],
  categories: ['Tin hoạt động'],
  maxAgeDays: 30,
  pollIntervalMin: 15,
  staleAfterHours: 24,
  headlinesInMarquee: true,
};

/** A settings.json with every field set. */
export const FULL_SETTINGS = {
  displayIndex: 1,
  timezone: 'Asia/Ho_Chi_Minh',
  feed: FULL_FEED_SETTINGS,
  showClock: true,
  defaultTransition: 'slide',
  remotePlaylist: { url: 'https://pano.congdoanbackan.vn/playlist.json', pollIntervalMin: 5 },
  maintenance: { reloadAt: '03:30' },
  displayPower: {
    enabled: true,
    on: {
      mon: [{ start: '06:00', end: '22:00' }],
      tue: [{ start: '06:00', end: '22:00' }],
      wed: [],
      thu: [{ start: '22:00', end: '02:00' }],
      fri: [
        { start: '06:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
      sat: [],
      sun: [],
    },
  },
  updates: {
    feedUrl: 'https://updates.congdoanbackan.vn/pano',
    checkEveryHours: 6,
    installWindow: { start: '02:00', end: '05:00' },
    channel: 'beta',
  },
};

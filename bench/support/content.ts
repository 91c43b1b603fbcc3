/**
 * What the scenarios play: playlists (the contract's version-1 format, read
 * by Pano and by the baseline alike) and generated feeds.
 */
import { MEDIA } from './media';

const SLOGANS = [
  'Chào mừng Đại hội Công đoàn tỉnh Bắc Kạn lần thứ XI, nhiệm kỳ 2023 – 2028',
  'Đổi mới tổ chức và hoạt động Công đoàn, vì việc làm, thu nhập và quyền lợi của đoàn viên',
  'Xây dựng giai cấp công nhân lớn mạnh, đáp ứng yêu cầu công nghiệp hoá, hiện đại hoá',
  'Công đoàn Việt Nam: đổi mới – dân chủ – đoàn kết – phát triển',
];

interface PlaylistItem {
  id: string;
  type: 'image' | 'news';
  src?: string;
  durationS: number;
  count?: number;
}

/** A playlist file (version 1). */
export interface Playlist {
  version: 1;
  items: PlaylistItem[];
  marquee: { text: string[]; speedPxPerS: number };
}

const marquee = (extra: string[] = []) => ({ text: [...SLOGANS, ...extra], speedPxPerS: 120 });

/** One picture for an hour: nothing but the marquee moves. */
export function idlePlaylist(): Playlist {
  return {
    version: 1,
    items: [{ id: 'toan-canh', type: 'image', src: MEDIA.screen[0], durationS: 3600 }],
    marquee: marquee(),
  };
}

/** Large photos, one after another, every `durationS`. */
export function photoPlaylist(durationS: number): Playlist {
  const photos = [MEDIA.cameraJpeg, MEDIA.heavyPng, MEDIA.cameraJpeg2];
  return {
    version: 1,
    items: photos.map((src, i) => ({ id: `anh-${i + 1}`, type: 'image', src, durationS })),
    marquee: marquee(),
  };
}

/** A picture and the news; `variant` changes one slogan, as an operator's edit would. */
export function loadPlaylist(variant: number): Playlist {
  return {
    version: 1,
    items: [
      { id: 'toan-canh', type: 'image', src: MEDIA.screen[1], durationS: 4 },
      { id: 'tin', type: 'news', durationS: 4, count: 3 },
    ],
    marquee: marquee([`Bản tin cập nhật lần ${variant}`]),
  };
}

/** Screen-sized pictures changing every `durationS`, for the memory run. */
export function rotationPlaylist(durationS: number): Playlist {
  return {
    version: 1,
    items: MEDIA.screen.map((src, i) => ({ id: `xoay-${i + 1}`, type: 'image', src, durationS })),
    marquee: marquee(),
  };
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LEAD =
  'Sáng 21/12, tại Trung tâm Hội nghị tỉnh, Liên đoàn Lao động tỉnh Bắc Kạn tổ chức Đại hội đại biểu lần thứ XI, ' +
  'nhiệm kỳ 2023 – 2028, với sự tham dự của 200 đại biểu đại diện cho hơn 17.000 đoàn viên công đoàn trong tỉnh. ';

function article(i: number, paragraphs: number) {
  const day = 1 + (i % 28);
  return {
    title: `Tin số ${i + 1}: Công đoàn cơ sở triển khai nghị quyết Đại hội (${day}/12/2022)`,
    link: `https://congdoanbackan.vn/tin-tuc/bai-${i + 1}.html`,
    pubDate: new Date(Date.UTC(2022, 11, day, 8, i % 60)).toUTCString(),
    body: Array.from({ length: paragraphs }, () => `<p>${LEAD}</p>`).join(''),
    day,
  };
}

/** An RSS 2.0 document with `count` items, each `paragraphs` long. */
export function rssDocument(count: number, paragraphs = 2): string {
  const items = Array.from({ length: count }, (_, i) => {
    const a = article(i, paragraphs);
    return (
      `<item><title>${escapeXml(a.title)}</title><link>${a.link}</link><guid>${a.link}</guid>` +
      `<pubDate>${a.pubDate}</pubDate><description>${escapeXml(a.body)}</description></item>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Công đoàn Bắc Kạn</title>' +
    `<link>https://congdoanbackan.vn/</link>${items.join('\n')}</channel></rss>`
  );
}

/** An RSS document of about `bytes` bytes, and how many items it holds. */
export function rssOfSize(bytes: number): { text: string; items: number } {
  const perItem = Buffer.byteLength(rssDocument(1, 3));
  const items = Math.max(1, Math.round(bytes / perItem));
  return { text: rssDocument(items, 3), items };
}

/** The selectors that read htmlListing(), in the settings' `feed.selectors` form. */
export const LISTING_SELECTORS = { list: '.tin', title: 'h3 a', time: '.ngay', summary: '.tom-tat' };

/** A news site's listing page of about `bytes` bytes (no feed: read with selectors), and how many items. */
export function htmlListing(bytes: number): { text: string; items: number } {
  const item = (i: number) => {
    const a = article(i, 1);
    return (
      `<div class="tin"><h3><a href="/tin-tuc/bai-${i + 1}.html">${escapeXml(a.title)}</a></h3>` +
      `<span class="ngay">Cập nhật lúc 08:${String(i % 60).padStart(2, '0')} - ${a.day}/12/2022 (GMT +07:00)</span>` +
      `<div class="tom-tat">${a.body}</div></div>`
    );
  };
  const items = Math.max(1, Math.round(bytes / Buffer.byteLength(item(0))));
  const body = Array.from({ length: items }, (_, i) => item(i)).join('\n');
  return {
    text: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title></head><body><main>${body}</main></body></html>`,
    items,
  };
}

/**
 * What the feed fixture server serves: real-shaped RSS 2.0 with Vietnamese titles, the broken and hostile
 * documents of the fault suite, a captive portal's login page, legacy-charset bytes and images made with sharp.
 */
import sharp from 'sharp';

/** One item of a fixture feed; only `title` is required. */
export interface FeedItemFixture {
  title: string;
  link?: string;
  guid?: string;
  /** RFC 822, as RSS writes it: `Sat, 21 Dec 2022 15:06:00 +0700`. */
  pubDate?: string;
  description?: string;
  imageUrl?: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An RSS 2.0 document as a news site's CMS writes it. */
export function rssFeed(options: {
  title?: string;
  link?: string;
  items: FeedItemFixture[];
  /** The XML declaration's encoding; the text itself stays a JS string (encode it yourself). */
  encoding?: string;
}): string {
  const items = options.items.map((item) =>
    [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      item.link ? `      <link>${escapeXml(item.link)}</link>` : '',
      item.guid ? `      <guid isPermaLink="false">${escapeXml(item.guid)}</guid>` : '',
      item.pubDate ? `      <pubDate>${item.pubDate}</pubDate>` : '',
      item.description ? `      <description><![CDATA[${item.description}]]></description>` : '',
      item.imageUrl ? `      <enclosure url="${escapeXml(item.imageUrl)}" type="image/jpeg" length="0"/>` : '',
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    `<?xml version="1.0" encoding="${options.encoding ?? 'UTF-8'}"?>`,
    '<rss version="2.0">',
    '  <channel>',
    `    <title>${escapeXml(options.title ?? 'Công đoàn tỉnh Bắc Kạn')}</title>`,
    `    <link>${escapeXml(options.link ?? 'https://congdoanbackan.vn/')}</link>`,
    '    <description>Tin tức hoạt động công đoàn</description>',
    '    <language>vi</language>',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

const TITLES = [
  'Đại hội Công đoàn tỉnh Bắc Kạn lần thứ XIII thành công tốt đẹp',
  'Hội nghị tổng kết hoạt động công đoàn năm 2024',
  'Trao quà Tết cho đoàn viên có hoàn cảnh khó khăn',
  'Tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở',
  'Phát động phong trào thi đua lao động giỏi, lao động sáng tạo',
];

/** `count` plausible articles; `tag` marks a version of the feed so a test can tell two apart. */
export function sampleItems(count = 3, tag = ''): FeedItemFixture[] {
  return Array.from({ length: count }, (_, i) => ({
    title: `${TITLES[i % TITLES.length]}${tag ? ` (${tag})` : ''}`,
    link: `https://congdoanbackan.vn/tin-tuc/bai-${i + 1}${tag ? `-${tag}` : ''}.html`,
    guid: `bai-${i + 1}${tag ? `-${tag}` : ''}`,
    pubDate: `${['Sat', 'Fri', 'Thu', 'Wed', 'Tue'][i % 5]}, ${21 - i} Dec 2022 15:06:00 +0700`,
    description: '<p>Sáng 21/12, tại Trung tâm Hội nghị tỉnh, Liên đoàn Lao động tỉnh tổ chức Đại hội.</p>',
  }));
}

/** A good feed of `count` articles. */
export const goodFeed = (count = 3, tag = '') => rssFeed({ items: sampleItems(count, tag) });

/** Items that try to run code on the screen: a script in the title, an onerror image, javascript: links. */
export const HOSTILE_FEED = rssFeed({
  items: [
    {
      title: 'Tin mới <script>alert("title")</script>Đại hội công đoàn',
      link: 'javascript:alert(document.cookie)',
      guid: 'hostile-1',
      pubDate: 'Sat, 21 Dec 2022 15:06:00 +0700',
      description: '<img src="x" onerror="alert(1)"><script>alert(2)</script><p>Nội dung an toàn</p>',
    },
    {
      title: 'Bài <img src=x onerror=alert(3)> thứ hai',
      link: 'https://congdoanbackan.vn/tin-tuc/bai-hai.html',
      guid: 'hostile-2',
      description: '<a href="javascript:alert(4)">bấm vào đây</a><style>body{display:none}</style>',
      imageUrl: 'javascript:alert(5)',
    },
  ],
});

/** Not well-formed: an unclosed item, a mismatched tag and no end of document. */
export const INVALID_XML = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Công đoàn</title>
<item><title>Đại hội <b>công đoàn</title></chanel>
<item><title`;

/** What hotel or office Wi-Fi answers for every URL until someone logs in. */
export const CAPTIVE_PORTAL_HTML = `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Đăng nhập Wi-Fi</title></head>
<body><form method="post" action="/login"><h1>Chào mừng đến mạng Wi-Fi khách</h1>
<p>Vui lòng đăng nhập để sử dụng Internet.</p><input name="code"><button>Kết nối</button></form></body>
</html>
`;

let windows1258: Map<string, number> | undefined;

/**
 * Encodes text as windows-1258, the Vietnamese Windows code page: base letters with their circumflex, breve or
 * horn are single bytes, tone marks are combining bytes after them. Node can decode it but not encode it.
 */
export function encodeWindows1258(text: string): Buffer {
  if (!windows1258) {
    const decoder = new TextDecoder('windows-1258');
    windows1258 = new Map();
    for (let byte = 0; byte < 256; byte++) windows1258.set(decoder.decode(Uint8Array.of(byte)), byte);
  }
  const map = windows1258;
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const direct = map.get(char);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const [base = '', ...marks] = [...char.normalize('NFD')];
    let composed = base;
    const rest: string[] = [];
    for (const mark of marks) {
      const joined = (composed + mark).normalize('NFC');
      if ([...joined].length === 1 && map.has(joined)) composed = joined;
      else rest.push(mark);
    }
    for (const part of [composed, ...rest]) out.push(map.get(part) ?? 0x3f);
  }
  return Buffer.from(out);
}

/** Images the server offers under /images/NAME. */
export const IMAGE_NAMES = [
  'photo.jpg',
  'photo.png',
  'large.jpg',
  'rotated.jpg',
  'animated.gif',
  'not-an-image.jpg',
  'truncated.jpg',
] as const;
export type ImageName = (typeof IMAGE_NAMES)[number];

const images = new Map<ImageName, Promise<Buffer>>();

/** A colour gradient, so encoders have real work to do (a flat colour compresses to nothing). */
function gradient(width: number, height: number) {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i] = (x * 255) / width;
      raw[i + 1] = (y * 255) / height;
      raw[i + 2] = 128;
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } });
}

async function makeImage(name: ImageName): Promise<Buffer> {
  switch (name) {
    case 'photo.jpg':
      return gradient(800, 600).jpeg({ quality: 90 }).toBuffer();
    case 'photo.png':
      return gradient(320, 240).png().toBuffer();
    case 'large.jpg':
      // 12 megapixels, as a phone or a press camera uploads it to the site.
      return gradient(4000, 3000).jpeg({ quality: 90 }).toBuffer();
    case 'rotated.jpg':
      // Stored landscape 3000×1000 with EXIF orientation 6: it shows as a 1000×3000 portrait.
      return gradient(3000, 1000).jpeg({ quality: 90 }).withMetadata({ orientation: 6 }).toBuffer();
    case 'animated.gif': {
      const [width, height, frames] = [32, 32, 3];
      const raw = Buffer.alloc(width * height * frames * 4, 255);
      for (let i = 0; i < raw.length; i += 4) raw[i] = Math.floor(i / (width * height * 4)) * 100;
      return sharp(raw, { raw: { width, height: height * frames, channels: 4, pageHeight: height } })
        .gif({ delay: [200, 200, 200] })
        .toBuffer();
    }
    case 'not-an-image.jpg':
      return Buffer.from(CAPTIVE_PORTAL_HTML);
    case 'truncated.jpg': {
      // A JPEG header (the bytes say JPEG) whose data stops a third of the way in.
      const whole = await makeImage('photo.jpg');
      return whole.subarray(0, Math.floor(whole.length / 3));
    }
  }
}

/** The bytes of a fixture image, made once per process. */
export function imageBytes(name: ImageName): Promise<Buffer> {
  let bytes = images.get(name);
  if (!bytes) {
    bytes = makeImage(name);
    images.set(name, bytes);
  }
  return bytes;
}

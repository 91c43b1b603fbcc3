import { describe, expect, it } from 'vitest';

import { imagesIn, htmlToLine, htmlToText, truncateText } from '../../../../main/core/feed/html-text';

describe('htmlToText', () => {
  it('turns blocks into paragraphs and collapses whitespace inside them', () => {
    const html = '<h2>Tin   mới</h2><p>Dòng một\n   vẫn dòng một</p><ul><li>Mục 1</li><li>Mục 2</li></ul>Cuối<br>cùng';
    expect(htmlToText(html)).toBe('Tin mới\n\nDòng một vẫn dòng một\n\nMục 1\n\nMục 2\n\nCuối\n\ncùng');
  });

  it('drops the text of script, style, noscript, template and iframe', () => {
    const html =
      '<p>Tin<script>alert(1)</script> chính<style>p{color:red}</style></p>' +
      '<noscript>bật JavaScript</noscript><template>mẫu</template><iframe>khung</iframe>';
    expect(htmlToText(html)).toBe('Tin chính');
  });

  it('decodes named and numeric entities, and text a CMS escaped twice, exactly once more', () => {
    expect(htmlToLine('Công đo&agrave;n &amp; ng&#432;&#7901;i lao &#x111;&#7897;ng')).toBe(
      'Công đoàn & người lao động',
    );
    expect(htmlToLine('Th&amp;#7921;c hi&amp;#7879;n')).toBe('Thực hiện');
    // Three layers of escaping are decoded twice, not looped over until nothing is left.
    expect(htmlToLine('&amp;amp;amp;')).toBe('&amp;');
  });

  it('stores NFC text whatever form the feed used', () => {
    const nfd = 'Đại hội Công đoàn'.normalize('NFD');
    expect(htmlToLine(`<b>${nfd}</b>`)).toBe('Đại hội Công đoàn'.normalize('NFC'));
    expect(htmlToLine(nfd)).toBe('Đại hội Công đoàn'.normalize('NFC'));
  });

  it('survives very deep nesting', () => {
    const html = `${'<div>'.repeat(20_000)}Sâu${'</div>'.repeat(20_000)}`;
    expect(htmlToText(html)).toBe('Sâu');
  });
});

describe('imagesIn', () => {
  it('prefers the lazy-loaded data-src and takes the figure caption', () => {
    const html =
      '<figure><img src="blank.gif" data-src="/anh/dai-hoi.jpg" alt="ảnh"><figcaption>Quang cảnh <b>Đại hội</b></figcaption></figure>';
    expect(imagesIn(html)).toEqual([{ src: '/anh/dai-hoi.jpg', caption: 'Quang cảnh Đại hội' }]);
  });

  it('falls back to alt, skips data: pictures, and finds nothing in text without pictures', () => {
    expect(imagesIn('<img src="data:image/gif;base64,R0lG"><img src="/a.jpg" alt="Ảnh A">')).toEqual([
      { src: '/a.jpg', caption: 'Ảnh A' },
    ]);
    expect(imagesIn('<p>Không có ảnh</p>')).toEqual([]);
  });
});

describe('truncateText', () => {
  it('cuts at a word boundary and marks the cut with an ellipsis', () => {
    const text = 'Công đoàn Việt Nam đổi mới sáng tạo vì quyền lợi của đoàn viên';
    const cut = truncateText(text, 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toBe('Công đoàn Việt Nam đổi mới…');
    expect(truncateText('ngắn', 30)).toBe('ngắn');
  });

  it('never leaves half an emoji', () => {
    const cut = truncateText(`${'a'.repeat(8)}😀😀😀`, 10);
    expect(cut).toBe('aaaaaaaa…');
  });
});

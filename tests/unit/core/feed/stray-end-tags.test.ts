/**
 * Regression (found by tests/unit/fuzz): end tags that close nothing, after thousands of open elements. The
 * parser looks for each through every open element before ignoring it, so a description of "<i>" 30,000 times
 * and "</b>" 20,000 times took about a second to read; such end tags are now dropped before parsing.
 */
import { describe, expect, it } from 'vitest';

import { htmlToLine, htmlToText } from '../../../../main/core/feed/html-text';
import { boundedCall } from '../../fuzz/bounded-call';

describe('end tags that close nothing', () => {
  it('are read within the fuzzers’ one-second bound, and the text around them kept', () => {
    const html = `Tin mới ${'<i>'.repeat(40_000)}${'</b>'.repeat(19_990)} hết`;
    expect(boundedCall('htmlToLine', html, () => htmlToLine(html))).toBe('Tin mới hết');
  });

  it('change nothing a reader sees in ordinary markup', () => {
    expect(htmlToText('<p>Đại hội <b>Công đoàn</b></i></p><p>tỉnh Bắc Kạn</p>')).toBe(
      'Đại hội Công đoàn\n\ntỉnh Bắc Kạn',
    );
    expect(htmlToLine('a</span> b <em>c</em></em>')).toBe('a b c');
  });

  it('keep the end tags that the parser turns into elements', () => {
    expect(htmlToText('dòng một</br>dòng hai')).toBe(htmlToText('dòng một<br>dòng hai'));
  });
});

/** Regression (found by tests/unit/fuzz): an XML error without a column was reported as "column undefined". */
import { describe, expect, it } from 'vitest';

import { parseFeed } from '../../../../main/core/feed/parse-feed';

const read = (text: string) =>
  parseFeed(text, { baseUrl: 'https://congdoanbackan.org.vn/rss', timezone: 'Asia/Ho_Chi_Minh', format: 'auto' });

describe('XML syntax errors the validator reports without a column', () => {
  it('names the line and the problem, never "undefined", for a document that is only "<?"', () => {
    const result = read('<?');
    expect(result).toEqual({
      ok: false,
      error: 'expected an RSS or Atom feed but the XML is broken: line 1: Start tag expected.',
    });
  });

  it('does the same for an RSS feed whose first line opens a comment that never closes', () => {
    const result = read('<!--<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Tin</title></channel></rss>\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^expected an RSS or Atom feed but the XML is broken: line \d+/u);
    expect(result.error).not.toContain('undefined');
  });
});

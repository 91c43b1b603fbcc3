/**
 * Regression (found by tests/unit/fuzz): a feed that repeats one item 20,000 times (1.3 MB) took 4 s to read,
 * since duplicates merge without adding articles and so never reached the 200-article cap; every copy was
 * cleaned. The host accepts 10 MB, so such a feed could stall the poller for half a minute.
 */
import { describe, expect, it } from 'vitest';

import { parseFeed } from '../../../../main/core/feed/parse-feed';
import { FEED_LIMITS } from '../../../../main/core/feed/normalise-article';

const read = (text: string) =>
  parseFeed(text, { baseUrl: 'https://congdoanbackan.org.vn/rss', timezone: 'Asia/Ho_Chi_Minh', format: 'auto' });

const item = '<item><title>Hội nghị</title><description>&lt;p&gt;Sáng 19/12&lt;/p&gt;</description></item>';

describe('a feed that repeats one item thousands of times', () => {
  it('keeps the one article and says the rest were not read', () => {
    const result = read(`<rss version="2.0"><channel><title>Tin</title>${item.repeat(100_000)}</channel></rss>`);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.articles.map((article) => article.title)).toEqual(['Hội nghị']);
    expect(result.value.dropped).toEqual([
      `items ${FEED_LIMITS.itemsRead + 1}–100000: only the first ${FEED_LIMITS.itemsRead} items are read`,
    ]);
  });
});

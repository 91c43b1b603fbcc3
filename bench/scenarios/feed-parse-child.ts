/**
 * Parses one document with Pano's parseFeed in a process of its own, so the
 * peak resident memory it reports is the parse's and not the runner's.
 *   node --import tsx bench/scenarios/feed-parse-child.ts FILE auto|html
 * Prints one JSON line: { ms, items, peakGrowthMb }.
 */
import { readFileSync } from 'node:fs';
import { parseFeed } from '../../main/core/feed/parse-feed';
import { LISTING_SELECTORS } from '../support/content';

const [file, format] = process.argv.slice(2);
if (!file || (format !== 'auto' && format !== 'html')) {
  console.error('usage: feed-parse-child.ts FILE auto|html');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const rssBeforeKb = process.memoryUsage().rss / 1024;
const started = performance.now();
const parsed = parseFeed(text, {
  baseUrl: 'https://congdoanbackan.vn/',
  timezone: 'Asia/Ho_Chi_Minh',
  format,
  selectors: format === 'html' ? LISTING_SELECTORS : null,
});
const ms = performance.now() - started;
if (!parsed.ok) {
  console.error(`parseFeed failed: ${parsed.error}`);
  process.exit(1);
}
const peakGrowthMb = Math.max(0, process.resourceUsage().maxRSS - rssBeforeKb) / 1024;
console.log(JSON.stringify({ ms, items: parsed.value.articles.length, peakGrowthMb }));

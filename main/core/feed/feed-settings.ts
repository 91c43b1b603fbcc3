/**
 * The `feed` setting: where the news comes from, how often it is fetched and
 * which articles are featured. Part of settings.json (main/core/settings.ts).
 */
import { z } from '../zod';

const text = (what: string, max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `must be at most ${max} characters`);

/** CSS selectors for an HTML page without a feed. */
export const htmlSelectorsSchema = z
  .strictObject(
    {
      list: text('the list selector', 500).describe('Selects each article on the page, e.g. ".news-list .item".'),
      title: text('the title selector', 500).describe('Inside an article: its title, e.g. "h3 a".'),
      link: text('the link selector', 500)
        .optional()
        .describe('Inside an article: the element whose href is the article link. Default: the title or its link.'),
      time: text('the time selector', 500)
        .optional()
        .describe('Inside an article: its date line, e.g. "Cập nhật lúc 15:06 - 21/12/2022 (GMT +07:00)".'),
      image: text('the image selector', 500).optional().describe('Inside an article: its picture (an img).'),
      summary: text('the summary selector', 500).optional().describe('Inside an article: its summary text.'),
    },
    { error: 'must be an object of CSS selectors, e.g. { "list": ".news-item", "title": "h3 a" }, or null' },
  )
  .describe('CSS selectors for a web page that has no feed (format "html").');

/** The news feed settings. */
export const feedSettingsSchema = z
  .strictObject(
    {
      url: z
        .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
        .nullable()
        .default(null)
        .describe('The news feed or page. null: the bundled sample feed.'),
      format: z
        .enum(['auto', 'html'], { error: 'must be auto or html' })
        .default('auto')
        .describe('auto: RSS 2.0, Atom 1.0 or JSON Feed 1.1, told from the content. html: a page read with selectors.'),
      selectors: htmlSelectorsSchema.nullable().default(null),
      keywords: z
        .array(text('a keyword', 100), { error: 'must be a list of words' })
        .max(50, 'must have at most 50 keywords')
        .default(['Đại hội'])
        .describe('Articles whose title, summary or categories contain one of these come first.'),
      categories: z
        .array(text('a category', 100), { error: 'must be a list of categories' })
        .max(50, 'must have at most 50 categories')
        .default([])
        .describe('Articles in one of these categories come first.'),
      maxAgeDays: z
        .number({ error: 'must be a number of days' })
        .positive('must be greater than 0')
        .max(3650, 'must be at most 3650')
        .nullable()
        .default(null)
        .describe('Articles older than this are not shown. null: no limit.'),
      pollIntervalMin: z
        .number({ error: 'must be a number of minutes' })
        .min(1, 'must be at least 1 minute')
        .max(1440, 'must be at most 1440 minutes (one day)')
        .default(15)
        .describe('How often the feed is fetched.'),
      staleAfterHours: z
        .number({ error: 'must be a number of hours' })
        .positive('must be greater than 0')
        .max(8760, 'must be at most 8760 hours')
        .default(24)
        .describe('After this long without a successful fetch the news slide says how old its news is.'),
      headlinesInMarquee: z
        .boolean({ error: 'must be true or false' })
        .default(false)
        .describe('Also scroll the featured headlines in the slogan strip.'),
    },
    { error: 'must be an object such as { "url": "https://…/rss", "format": "auto" }' },
  )
  .superRefine((feed, ctx) => {
    if (feed.format === 'html' && feed.selectors === null) {
      ctx.addIssue({ code: 'custom', path: ['selectors'], message: 'are required when format is html' });
    }
  });

export type FeedSettings = z.infer<typeof feedSettingsSchema>;
export type HtmlSelectorSettings = z.infer<typeof htmlSelectorsSchema>;

/** The feed settings of a screen nobody has configured: the bundled sample. */
export const DEFAULT_FEED_SETTINGS: FeedSettings = feedSettingsSchema.parse({});

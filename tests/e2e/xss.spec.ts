/**
 * XSS drill (issue 7): every text field the player shows gets the payload corpus
 * of tests/fixtures/xss-payloads.ts — feed titles, summaries, captions, authors,
 * source names, image URLs and links (RSS, Atom, JSON Feed, an HTML listing),
 * playlist titles, bodies, countdown texts and slogans, and announcements sent
 * through the operator API. A payload that ran would set `window.__panoXss` or
 * fetch the canary server; neither may happen, and each field must show its
 * payload's marker (so the test cannot pass on an empty screen). Last, the page's
 * CSP itself is checked: injected inline script and handlers are refused.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { hostileFeeds, longXssPayload, xssPayloads, type XssPayload } from '../fixtures/xss-payloads';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { startHostProcess, type HostProcess } from '../support/host-process';
import { apiSession, PASSWORD, startConsoleHost } from './support-console';
import { activeSlide, scriptTraces } from './support-news';
import { CSRF_HEADER } from '../../main/core/api/routes';

/** A server that records every request: a payload that ran anywhere would call it. */
let canaryServer: Server;
let canaryHits: string[] = [];
let hitUrl = '';
let payloads: XssPayload[] = [];

test.beforeAll(async () => {
  canaryServer = createServer((request, response) => {
    canaryHits.push(`${request.method ?? 'GET'} ${request.url ?? ''}`);
    response.writeHead(204, { 'access-control-allow-origin': '*' }).end();
  });
  await new Promise<void>((done) => canaryServer.listen(0, '127.0.0.1', done));
  hitUrl = `http://127.0.0.1:${(canaryServer.address() as AddressInfo).port}/hit`;
  payloads = xssPayloads(hitUrl);
});
test.afterAll(async () => {
  await new Promise<void>((done) => canaryServer.close(() => done()));
});

const hosts: HostProcess[] = [];
const feedServers: FeedServer[] = [];
const dataDirs: string[] = [];
/** Long enough that real time never moves a slide on: only the test's page.clock does. */
const SLIDE_S = 600;
/**
 * The tests step the page clock through hours of slides from the real time of day, so a run that starts in the
 * evening crosses 03:30, and the page's daily maintenance reload came in the middle of one (a CI run at 18:45).
 * How text shows is tested here, not that reload (tests/e2e/kiosk-page.spec.ts is).
 */
const NO_MAINTENANCE_RELOAD = { maintenance: { reloadAt: null } };
/** Console errors and uncaught page errors of the test's page. */
let pageErrors: string[] = [];

test.beforeEach(async ({ page }) => {
  canaryHits = [];
  pageErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => void dialog.dismiss());
  // Installed before any page script: a write to the canary global is recorded, whoever makes it.
  await page.addInitScript(() => {
    const writes: unknown[] = [];
    Object.defineProperty(window, '__panoXssWrites', { value: writes });
    Object.defineProperty(window, '__panoXss', {
      configurable: false,
      get: () => undefined,
      set: (value: unknown) => void writes.push(value),
    });
  });
});
test.afterEach(async () => {
  for (const host of hosts.splice(0)) await host.dispose();
  for (const server of feedServers.splice(0)) await server.close();
  for (const dir of dataDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Text as a viewer reads it: NFC, whitespace collapsed. */
const asShown = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** Nothing ran: no canary write, no canary request, no trace of live markup in the DOM, no error. */
async function expectNothingRan(page: Page): Promise<void> {
  const writes = await page.evaluate(() => (window as unknown as { __panoXssWrites: unknown[] }).__panoXssWrites);
  expect(writes, 'no payload set window.__panoXss').toEqual([]);
  const traces = await scriptTraces(page);
  const extra = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'base, form, details, meta[http-equiv], link:not([rel="icon"]):not([href^="/assets/"])',
      ),
    ].map((el) => el.outerHTML.slice(0, 80)),
  );
  expect([...traces, ...extra], 'no element or attribute from a payload reached the DOM').toEqual([]);
  // A payload's request would be on its way already if it had run; give it a moment to land.
  await page.waitForTimeout(300);
  expect(canaryHits, 'the canary server was never called').toEqual([]);
  expect(pageErrors, 'no console error').toEqual([]);
}

/** The active slide as one read: its item, when it started, and the text under each selector ('' when absent). */
interface SlideSnapshot {
  count: number;
  id: string;
  startedAt: string;
  texts: Record<string, string>;
}

function snapshotActive(page: Page, selectors: Record<string, string>): Promise<SlideSnapshot> {
  // One round trip per slide: the drill steps through many slides and must stay quick.
  return page.evaluate((wanted) => {
    const active = [...document.querySelectorAll('[data-testid="slide"][data-active="true"]')];
    const slide = active[0];
    const texts: Record<string, string> = {};
    for (const [name, selector] of Object.entries(wanted)) {
      texts[name] = (slide?.querySelector<HTMLElement>(selector)?.innerText ?? '')
        .normalize('NFC')
        .replace(/\s+/gu, ' ')
        .trim();
    }
    return {
      count: active.length,
      id: slide?.getAttribute('data-item-id') ?? '',
      startedAt: slide?.getAttribute('data-started-at') ?? '',
      texts,
    };
  }, selectors);
}

/**
 * Steps the page clock through `count` slides from the one showing now, handing
 * each to `read` once the field named `ready` has text; every slide lasts `durationS`.
 */
async function eachSlide(
  page: Page,
  count: number,
  durationS: number,
  selectors: Record<string, string>,
  read: (slide: SlideSnapshot) => void,
): Promise<void> {
  let previous = '';
  for (let i = 0; i < count; i++) {
    let slide: SlideSnapshot | null = null;
    await expect
      .poll(
        async () => {
          slide = await snapshotActive(page, selectors);
          return slide.count === 1 && slide.startedAt !== previous && Object.values(slide.texts).some((t) => t !== '');
        },
        { message: `slide ${i + 1} of ${count} shows with its text`, intervals: [50, 100, 250] },
      )
      .toBe(true);
    const shown = slide as unknown as SlideSnapshot;
    read(shown);
    previous = shown.startedAt;
    await page.clock.pauseAt(Number(shown.startedAt) + durationS * 1000 + 50);
  }
}

/** The payloads that fit a field of at most `max` characters. */
const fitting = (max: number) => payloads.filter((payload) => payload.text.trim().length <= max);

/** Shown exactly as typed, or (where the card fits text to the screen) a leading part of it ending in "…". */
function expectShownAsText(shown: string, payload: XssPayload, field: string): void {
  const expected = asShown(payload.text);
  if (shown.endsWith('…')) {
    expect(expected.startsWith(shown.slice(0, -1).trimEnd()), `${field}: ${payload.name} shown as text`).toBe(true);
    expect(shown, `${field}: ${payload.name} visible`).toContain(payload.marker);
  } else {
    expect(shown, `${field}: ${payload.name} shown as text`).toBe(expected);
  }
}

test('playlist titles, bodies, countdown texts and slogans show every payload as plain text', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'pano-xss-'));
  dataDirs.push(dataDir);
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify(NO_MAINTENANCE_RELOAD));
  const long = longXssPayload(hitUrl, 1990);
  const titles = fitting(200);
  const items = [
    ...titles.map((payload, i) => ({
      id: `text-${i}`,
      type: 'text',
      title: payload.text,
      body: i === 0 ? long.text : payload.text,
      durationS: SLIDE_S,
    })),
    ...titles.map((payload, i) => ({
      id: `countdown-${i}`,
      type: 'countdown',
      title: payload.text,
      targetAt: '2099-01-01T08:00',
      durationS: SLIDE_S,
    })),
    ...titles.map((payload, i) => ({
      id: `done-${i}`,
      type: 'countdown',
      title: 'Đại hội',
      targetAt: '2020-01-01T08:00',
      doneText: payload.text,
      durationS: SLIDE_S,
    })),
  ];
  const slogans = fitting(500).map((payload) => payload.text);
  await writeFile(
    join(dataDir, 'playlist.json'),
    JSON.stringify({ version: 1, items, marquee: { text: slogans, speedPxPerS: 120 } }),
  );
  const host = await startHostProcess({ dataDir });
  hosts.push(host);
  await host.waitForLog('playlist.json loaded');
  expect(titles.length, 'most payloads fit a 200-character title').toBeGreaterThan(payloads.length * 0.7);

  await page.clock.install();
  await page.goto(host.url);
  await expect(activeSlide(page)).toHaveAttribute('data-item-id', 'text-0');
  const seen = new Set<string>();
  const cardFields = {
    title: '[data-testid="card-title"]',
    body: '[data-testid="card-body"]',
    countdownTitle: '[data-testid="countdown-title"]',
    done: '[data-testid="countdown-done"]',
  };
  await eachSlide(page, items.length, SLIDE_S, cardFields, ({ id, texts }) => {
    const [kind, index] = id.split('-') as [string, string];
    const payload = titles[Number(index)] as XssPayload;
    if (kind === 'text') {
      expectShownAsText(texts.title ?? '', payload, 'text title');
      expectShownAsText(texts.body ?? '', index === '0' ? long : payload, 'text body');
    } else if (kind === 'countdown') {
      expectShownAsText(texts.countdownTitle ?? '', payload, 'countdown title');
    } else {
      expectShownAsText(texts.done ?? '', payload, 'countdown done text');
    }
    seen.add(id);
  });
  expect(seen.size, 'every item was shown').toBe(items.length);

  const marquee = asShown(await page.getByTestId('marquee').innerText());
  for (const slogan of slogans) expect(marquee, 'each slogan is in the marquee as text').toContain(asShown(slogan));
  await expectNothingRan(page);
});

test('announcements sent through the operator API show every payload as plain text', async ({ page }) => {
  const host = await startConsoleHost({ password: PASSWORD });
  hosts.push(host);
  const { cookie, csrf } = await apiSession(host.url);
  const now = Date.now();
  const post = async (announcement: Record<string, unknown>) => {
    const response = await fetch(`${host.url}/api/announcements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, [CSRF_HEADER]: csrf, origin: host.url },
      body: JSON.stringify({ announcement }),
    });
    expect(response.status, await response.text()).toBe(200);
  };
  const window = (fromMs: number, toMs: number) => ({
    startsAt: new Date(fromMs).toISOString(),
    endsAt: new Date(toMs).toISOString(),
  });
  const titles = fitting(200);
  // Banners all show at once; takeovers one after the other (a minute each), newest first.
  for (const [i, payload] of titles.entries()) {
    await post({
      id: `banner-${i}`,
      mode: 'banner',
      title: payload.text,
      body: payload.text,
      ...window(now, now + 3_600_000),
    });
  }
  await post({
    id: 'takeover-long',
    mode: 'takeover',
    title: 'Thông báo',
    body: longXssPayload(hitUrl, 1000).text,
    ...window(now, now + 60_000),
  });
  for (const [i, payload] of titles.entries()) {
    const fromMs = now + (i + 1) * 60_000;
    await post({
      id: `takeover-${i}`,
      mode: 'takeover',
      title: payload.text,
      body: payload.text,
      ...window(fromMs, fromMs + 60_000),
    });
  }

  await page.clock.install({ time: now + 1000 });
  await page.goto(host.url);
  const banners = page.locator('[data-testid="announcement"][data-mode="banner"]');
  await expect(banners).toHaveCount(titles.length);
  // All banners in one read: [id, title, body] as shown.
  const shownBanners = await banners.evaluateAll((elements) =>
    elements.map((el) => [
      el.getAttribute('data-announcement-id') ?? '',
      (el.querySelector<HTMLElement>('.announcement-banner-title')?.innerText ?? '').normalize('NFC'),
      (el.querySelector<HTMLElement>('.announcement-banner-body')?.innerText ?? '').normalize('NFC'),
    ]),
  );
  for (const [i, payload] of titles.entries()) {
    const [, title = '', body = ''] = shownBanners.find(([id]) => id === `banner-${i}`) ?? [];
    expectShownAsText(asShown(title), payload, 'banner title');
    expectShownAsText(asShown(body), payload, 'banner body');
  }
  /** The takeover on screen: its id, title and body, in one read. */
  const takeoverNow = () =>
    page.evaluate(() => {
      const card = document.querySelector('[data-testid="announcement"][data-mode="takeover"][data-active="true"]');
      const text = (testId: string) =>
        (card?.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.innerText ?? '').normalize('NFC');
      return {
        id: card?.getAttribute('data-announcement-id') ?? '',
        title: text('card-title'),
        body: text('card-body'),
      };
    });
  await expect.poll(async () => (await takeoverNow()).id).toBe('takeover-long');
  expect(asShown((await takeoverNow()).body)).toContain('XSSLONG');
  for (const [i, payload] of titles.entries()) {
    await page.clock.pauseAt(now + (i + 1) * 60_000 + 1000);
    let shown = await takeoverNow();
    await expect
      .poll(async () => (shown = await takeoverNow()).id, { intervals: [50, 100, 250] })
      .toBe(`takeover-${i}`);
    expectShownAsText(asShown(shown.title), payload, 'takeover title');
    expectShownAsText(asShown(shown.body), payload, 'takeover body');
  }
  await expectNothingRan(page);
});

/** Which fields of a news slide each format fills from the feed. */
const NEWS_FIELDS = {
  title: '[data-testid="news-title"]',
  summary: '[data-testid="news-summary"]',
  caption: '.news-caption',
  author: '.news-author',
  source: '.news-source',
} as const;
type NewsField = keyof typeof NEWS_FIELDS;

const FEED_CASES: Array<{ format: 'rss' | 'atom' | 'json' | 'html'; fields: NewsField[] }> = [
  { format: 'rss', fields: ['title', 'summary', 'caption', 'author', 'source'] },
  { format: 'atom', fields: ['title', 'summary', 'caption', 'author', 'source'] },
  { format: 'json', fields: ['title', 'summary', 'author', 'source'] },
  { format: 'html', fields: ['title', 'summary', 'caption'] },
];

for (const { format, fields } of FEED_CASES) {
  test(`a hostile ${format} feed: titles, summaries, captions, authors, links and image URLs stay text`, async ({
    page,
  }) => {
    const server = await startFeedServer();
    feedServers.push(server);
    const feeds = hostileFeeds(payloads, hitUrl, server.url('/images/photo.jpg'));
    server.setFeed(feeds[format]);
    const feedUrl = server.url(format === 'html' ? '/tin-tuc.html' : '/feed');
    // The settings and playlist are in place before the host starts, as an installer leaves them.
    const dataDir = await mkdtemp(join(tmpdir(), 'pano-xss-'));
    dataDirs.push(dataDir);
    if (format === 'html') {
      const selectors = { list: '.item', title: 'h3', link: 'h3 a', image: 'img', summary: '.sapo' };
      await writeFile(
        join(dataDir, 'settings.json'),
        JSON.stringify({ ...NO_MAINTENANCE_RELOAD, feed: { url: feedUrl, format: 'html', selectors } }),
      );
    } else if (format === 'rss') {
      // The headlines also scroll in the slogan strip: one more place a feed title is shown.
      await writeFile(
        join(dataDir, 'settings.json'),
        JSON.stringify({ ...NO_MAINTENANCE_RELOAD, feed: { headlinesInMarquee: true } }),
      );
    } else {
      await writeFile(join(dataDir, 'settings.json'), JSON.stringify(NO_MAINTENANCE_RELOAD));
    }
    const count = payloads.length;
    await writeFile(
      join(dataDir, 'playlist.json'),
      JSON.stringify({ version: 1, items: [{ id: 'tin', type: 'news', durationS: SLIDE_S, count }] }),
    );
    // --feed-url means a feed (format auto); a listing page is configured in settings.json alone.
    const host = await startHostProcess({ dataDir, args: format === 'html' ? [] : ['--feed-url', feedUrl] });
    hosts.push(host);
    await expect
      .poll(
        async () => ((await (await fetch(`${host.url}/healthz`)).json()) as { feed: { items: number } }).feed.items,
        {
          message: `the host read all ${count} hostile articles`,
          timeout: 15_000,
        },
      )
      .toBe(count);

    await page.clock.install();
    await page.goto(host.url);
    await expect(activeSlide(page)).toHaveAttribute('data-item-id', 'tin');
    const seen = new Map<NewsField, Set<string>>(fields.map((field) => [field, new Set<string>()]));
    const selectors = Object.fromEntries(fields.map((field) => [field, NEWS_FIELDS[field]]));
    await eachSlide(page, count, SLIDE_S, selectors, ({ texts }) => {
      for (const field of fields) {
        for (const marker of texts[field]?.match(/XSS\d\d|XSSLONG/gu) ?? []) seen.get(field)?.add(marker);
      }
    });
    const markers = payloads.map((payload) => payload.marker);
    for (const field of fields) {
      const expected = field === 'source' ? [markers[0]] : field === 'summary' ? [...markers, 'XSSLONG'] : markers;
      expect([...(seen.get(field) ?? [])].sort(), `every payload's marker shows in the ${field}`).toEqual(
        [...expected].sort(),
      );
    }
    if (format === 'rss') {
      const strip = await page.getByTestId('marquee').innerText();
      expect([...new Set(strip.match(/XSS\d\d/gu))].sort(), 'every headline in the slogan strip').toEqual(
        [...markers].sort(),
      );
    }
    await expectNothingRan(page);
  });
}

test('the CSP has no unsafe-inline or unsafe-eval for script, and refuses script injected into the page', async ({
  page,
}) => {
  const host = await startHostProcess();
  hosts.push(host);
  const response = await page.goto(host.url);
  const csp = response?.headers()['content-security-policy'] ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/u))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
  const scriptSources = directives.get('script-src') ?? directives.get('default-src');
  expect(scriptSources, `the player's CSP (${csp}) names where script may come from`).toBeDefined();
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  await expect(activeSlide(page)).toHaveCount(1);

  const violations = await page.evaluate(async (hit) => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
    const script = document.createElement('script');
    script.textContent = `window.__panoXss = 1; fetch('${hit}')`;
    document.body.append(script);
    const button = document.createElement('button');
    button.setAttribute('onclick', `window.__panoXss = 2; fetch('${hit}')`);
    document.body.append(button);
    button.click();
    const image = document.createElement('img');
    image.setAttribute('onerror', `window.__panoXss = 3; fetch('${hit}')`);
    // An image that cannot be decoded fires error without asking any server.
    image.src = 'data:image/png;base64,AAAA';
    document.body.append(image);
    await new Promise((done) => setTimeout(done, 500));
    // Taken away again, so the DOM check below looks at what the player itself shows.
    for (const element of [script, button, image]) element.remove();
    return violations;
  }, hitUrl);
  expect(violations, 'the browser reported each refusal').toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^script-src-elem inline$/u),
      expect.stringMatching(/^script-src-attr inline$/u),
    ]),
  );
  // The refusals are the CSP reports this test expects; any other error is not.
  pageErrors = pageErrors.filter((line) => !/Content Security Policy/u.test(line));
  await expectNothingRan(page);
});

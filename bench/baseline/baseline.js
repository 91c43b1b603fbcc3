/* global document, window, requestAnimationFrame, DOMParser */
/*
 * The naive reference player of the benchmark, written the way many signage players are: the
 * marquee moves by JavaScript through `style.left` in requestAnimationFrame, pictures are swapped
 * by `<img src>` at full size without decoding them first, the page polls the playlist and the
 * feed and parses the feed itself, and every change of state (and every clock tick) re-renders the
 * whole screen with innerHTML. It exists only to anchor the benchmark's ratios; it is never shipped.
 */
'use strict';

const TRANSITION_MS = 1000;
const root = document.getElementById('root');
let playlist = null;
let playlistText = '';
let epochMs = Date.now();
let news = [];
let marqueeX = window.innerWidth;
let lastFrameAt = null;

function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

function textOf(html) {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.textContent.trim();
}

/** RSS text → articles, with the browser's own XML parser. */
function parseRss(text) {
  const xml = new DOMParser().parseFromString(text, 'application/xml');
  return Array.from(xml.querySelectorAll('item')).map((item) => ({
    title: item.querySelector('title')?.textContent ?? '',
    link: item.querySelector('link')?.textContent ?? '',
    publishedAt: Date.parse(item.querySelector('pubDate')?.textContent ?? '') || null,
    summary: textOf(item.querySelector('description')?.textContent ?? ''),
  }));
}

/** A listing page → articles, with CSS selectors. */
function parseListing(text, selectors) {
  const page = new DOMParser().parseFromString(text, 'text/html');
  return Array.from(page.querySelectorAll(selectors.list)).map((item) => {
    const title = item.querySelector(selectors.title);
    return {
      title: title?.textContent.trim() ?? '',
      link: title?.getAttribute('href') ?? '',
      time: item.querySelector(selectors.time)?.textContent.trim() ?? '',
      summary: item.querySelector(selectors.summary)?.textContent.trim() ?? '',
    };
  });
}
window.baselineParse = { rss: parseRss, listing: parseListing };

function slides() {
  if (!playlist) return [];
  const list = [];
  for (const item of playlist.items) {
    const durationMs = item.durationS * 1000;
    if (item.type === 'image') list.push({ id: item.id, kind: 'image', src: `/data/media/${item.src}`, durationMs });
    if (item.type === 'news') {
      for (const article of news.slice(0, item.count ?? 3)) {
        list.push({ id: item.id, kind: 'news', article, durationMs });
      }
    }
  }
  return list;
}

/** The slide showing at `now`, the one before it, and when it started. */
function position(now) {
  const list = slides();
  const total = list.reduce((sum, s) => sum + s.durationMs, 0);
  if (total === 0) return null;
  const cycleStart = now - ((now - epochMs) % total);
  let at = cycleStart;
  for (let i = 0; i < list.length; i += 1) {
    const slide = list[i];
    if (now < at + slide.durationMs) {
      return { slide, index: i, startedAt: at, previous: list[(i + list.length - 1) % list.length] };
    }
    at += slide.durationMs;
  }
  return null;
}

function slideHtml(slide, active, startedAt, now) {
  const entering = active && now - startedAt < TRANSITION_MS;
  // A negative delay resumes the fade where it was when the screen is re-rendered mid-transition.
  const style = entering ? ` style="animation-delay:-${now - startedAt}ms"` : '';
  const body =
    slide.kind === 'image'
      ? `<img src="${escapeHtml(slide.src)}" alt="">`
      : `<div class="news"><h1>${escapeHtml(slide.article.title)}</h1><p>${escapeHtml(slide.article.summary)}</p></div>`;
  return (
    `<div class="slide${entering ? ' entering' : ''}" data-testid="slide" data-item-id="${escapeHtml(slide.id)}" ` +
    `data-active="${active}" data-started-at="${startedAt}"${style}>${body}</div>`
  );
}

let shownKey = '';

/** The whole screen, rebuilt from scratch. */
function render() {
  const now = Date.now();
  const at = position(now);
  let stage = '';
  if (at) {
    if (now - at.startedAt < TRANSITION_MS && at.previous !== at.slide) {
      stage += slideHtml(at.previous, false, at.startedAt - at.previous.durationMs, now);
    }
    stage += slideHtml(at.slide, true, at.startedAt, now);
    shownKey = `${at.index}@${at.startedAt}`;
  }
  const slogans = playlist ? playlist.marquee.text.map(escapeHtml).join(' ★ ') : '';
  const time = new Date(now).toLocaleTimeString('vi-VN');
  root.innerHTML =
    `<div class="stage">${stage}</div><div class="clock" data-testid="clock">${time}</div>` +
    `<div class="marquee" data-testid="marquee"><span class="marquee-text" id="marquee-text" style="left:${marqueeX}px">` +
    `${slogans} ★ ${slogans}</span></div>`;
}

function frame(timestamp) {
  const speed = playlist ? playlist.marquee.speedPxPerS : 120;
  if (lastFrameAt !== null) marqueeX -= (speed * (timestamp - lastFrameAt)) / 1000;
  lastFrameAt = timestamp;
  const text = document.getElementById('marquee-text');
  if (text) {
    const half = text.offsetWidth / 2; // reading layout every frame, as such players do
    if (half > 0 && marqueeX < -half) marqueeX += half;
    text.style.left = `${marqueeX}px`;
  }
  requestAnimationFrame(frame);
}

async function pollPlaylist() {
  try {
    const text = await (await fetch('/data/playlist.json', { cache: 'no-store' })).text();
    if (text !== playlistText) {
      playlistText = text;
      playlist = JSON.parse(text);
      epochMs = Date.now();
      render();
    }
  } catch {
    // keep what plays
  }
}

async function pollFeed() {
  try {
    const response = await fetch('/feed.xml', { cache: 'no-store' });
    if (response.ok) {
      news = parseRss(await response.text());
      render();
    }
  } catch {
    // keep the old news
  }
}

let renderedSecond = -1;
let renderedInTransition = false;

/** Re-renders on a slide change, at the end of a transition and whenever the clock's second changes. */
function tick() {
  const now = Date.now();
  const at = position(now);
  const key = at ? `${at.index}@${at.startedAt}` : '';
  const inTransition = Boolean(at) && now - at.startedAt < TRANSITION_MS;
  const second = Math.floor(now / 1000);
  if (key !== shownKey || inTransition !== renderedInTransition || second !== renderedSecond) {
    renderedSecond = second;
    renderedInTransition = inTransition;
    render();
  }
}

void pollPlaylist().then(pollFeed);
setInterval(pollPlaylist, 2000);
setInterval(pollFeed, 10000);
setInterval(tick, 100);
requestAnimationFrame(frame);

/**
 * Structured inputs for the fuzz properties: real documents (the feed fixtures, valid playlists and settings)
 * mutated by slicing, splicing in hostile fragments, deep nesting and huge values, rather than random noise
 * that every parser rejects at its first character.
 */
import fc from 'fast-check';

import { feedFixture } from '../../fixtures/feeds';

/** The feed and page fixtures, read once. */
export const FEED_FIXTURES = {
  rss: feedFixture('congdoanbackan-rss.xml'),
  atom: feedFixture('vgcl-atom.xml'),
  jsonFeed: feedFixture('cong-doan-json-feed.json'),
  hostileRss: feedFixture('hostile-rss.xml'),
  billionLaughs: feedFixture('billion-laughs.xml'),
  externalEntity: feedFixture('external-entity.xml'),
  listing: feedFixture('congdoanbackan-listing.html'),
  article: feedFixture('congdoanbackan-article.html'),
  captivePortal: feedFixture('captive-portal.html'),
};

const deep = (open: string, close: string, depth: number) => open.repeat(depth) + close.repeat(depth);

/** Fragments that have broken parsers before: encodings, entities, nesting, sizes, numbers. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  '\uFEFF',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDBFF',
  '\u00C3\u0028', // invalid UTF-8 (0xC3 0x28) as a Latin-1 decoder would hand it over
  '\uFFFD\uFFFD',
  '\u202E',
  '\r\n\r',
  '&',
  '&amp;amp;lt;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&#99999999999;',
  '&lol9;',
  '&secret;',
  '<!DOCTYPE x [<!ENTITY a "&#38;a;"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<!ENTITY % p SYSTEM "http://127.0.0.1:1/x.dtd"> %p;',
  '<![CDATA[',
  ']]>',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<script>alert(1)</script>',
  '<style>*{}</style>',
  '<?xml version="1.0" encoding="windows-1258"?>',
  '<!--',
  '-->',
  '<',
  '>',
  '</',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '\\',
  '\\u0000',
  '\\ud800',
  '"__proto__":{"polluted":true},',
  '"constructor":{"prototype":{"polluted":true}},',
  '1e309',
  '-1e309',
  '123456789012345678901234567890',
  '-0',
  '0.0000000000000000000000001',
  'NaN',
  'Infinity',
  'null',
  'true',
  '<a href="javascript:alert(1)">x</a>',
  '<img src="data:image/png;base64,AAAA" onerror="x()">',
  `<x a="${'v'.repeat(100_000)}"/>`,
  `<img src="${'%'.repeat(20_000)}">`,
  deep('<div>', '</div>', 3000),
  deep('<span>', '', 3000),
  deep('<item>', '</item>', 2000),
  deep('[', ']', 3000),
  deep('{"a":', '}', 2000),
  '<'.repeat(5000),
  '&'.repeat(5000),
  ' '.repeat(50_000),
  '1/'.repeat(300),
  '12:'.repeat(300),
  'Thứ Ba, 12/11/2024 - 08:30',
  'Cập nhật lúc 15:06 - 21/12/2022 (GMT +07:00)',
  'Wed, 21 Dec 2022 15:06:00 +0700',
  '2022-12-21T15:06:00+07:00',
];

/** One of the hostile fragments, or a short random string (full Unicode, lone surrogates included). */
export const fragmentArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

/** One edit of a text, at relative positions so it fits any length. */
type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'duplicate'; at: number; length: number; times: number }
  | { kind: 'truncate'; at: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fragmentArb }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: position,
    length: fc.integer({ min: 1, max: 40 }),
    text: fragmentArb,
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: position,
    length: fc.integer({ min: 1, max: 200 }),
    times: fc.integer({ min: 2, max: 200 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
);

function applyEdit(text: string, edit: Edit): string {
  const at = Math.floor(edit.at * text.length);
  switch (edit.kind) {
    case 'insert':
      return text.slice(0, at) + edit.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + edit.length);
    case 'replace':
      return text.slice(0, at) + edit.text + text.slice(at + edit.length);
    case 'duplicate':
      return text.slice(0, at) + text.slice(at, at + edit.length).repeat(edit.times) + text.slice(at);
    case 'truncate':
      return text.slice(0, at);
  }
}

/** `base` (one of the given documents) with one to five edits applied. */
export function mutatedText(bases: readonly string[], maxEdits = 5): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...bases), fc.array(editArb, { minLength: 1, maxLength: maxEdits }))
    .map(([base, edits]) => edits.reduce(applyEdit, base));
}

/**
 * A document with one fragment repeated until it is a few hundred kilobytes: where a parser that rescans
 * (a lazy regex from every opening, a search per element) turns quadratic and a poll would hang.
 */
export function floodedText(bases: readonly string[], maxChars = 300_000): fc.Arbitrary<string> {
  const unit = fc.oneof(
    fc.constantFrom(
      '<![CDATA[',
      '&<![CDATA[',
      '<!--',
      '<?',
      '<title',
      '<a ',
      '<item>',
      '<item><title>t</title></item>',
      ' xmlns:a="',
      '&',
      '&#',
      '&lol;',
      '<',
      '</',
      '"',
      '[',
      '{"a":',
      '\\u',
      '\uFEFF',
      '1/1/',
      'ngày ',
    ),
    fragmentArb.filter((fragment) => fragment.length > 0 && fragment.length < 100),
  );
  return fc
    .tuple(fc.constantFrom(...bases), unit, position, fc.double({ min: 0.1, max: 1, noNaN: true }))
    .map(([base, piece, at, share]) => {
      const times = Math.max(1, Math.floor((maxChars * share) / piece.length));
      const cut = Math.floor(at * base.length);
      return base.slice(0, cut) + piece.repeat(times) + base.slice(cut);
    });
}

/** Values a JSON body can carry where something else was expected, hostile ones included. */
export const jsonLeafArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -0,
    -1,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    0.5,
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\uFEFF',
    '__proto__',
    'constructor',
    'x'.repeat(100_000),
    'http://',
    'javascript:alert(1)',
    'https://example.vn/feed',
    '25:99',
    '06:00',
    '2023-02-31',
    '2026-11-27T08:00:00+07:00',
    'Asia/Ho_Chi_Minh',
    'Not/AZone',
    [],
    {},
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.double(),
  fc.integer(),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A JSON value as JSON.parse builds it from hostile text: `__proto__` becomes an own key, not a prototype. */
export const protoKeyObjectArb: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'),
    fc.constantFrom(
      '{"polluted":true}',
      '{"prototype":{"polluted":true}}',
      '{"__proto__":{"polluted":true}}',
      '"x"',
      'null',
      '[1]',
    ),
  )
  .map(([key, value]) => JSON.parse(`{"${key}":${value}}`) as unknown);

type Path = readonly (string | number)[];

/** Paths into a JSON value (objects and arrays), the root included, to a depth of 40 (wraps go deeper). */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (prefix.length >= 40) return out;
  if (Array.isArray(value)) value.forEach((entry, index) => pathsOf(entry, [...prefix, index], out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) pathsOf(entry, [...prefix, key], out);
  }
  return out;
}

/** A deep copy in which the value at `path` is replaced (or, under an object, a key is added). */
function setAt(root: unknown, path: Path, replacement: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replacement(root);
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...(root as unknown[])];
    copy[head as number] = setAt(copy[head as number], rest, replacement);
    return copy;
  }
  const copy = JSON.parse(JSON.stringify(root)) as Record<string, unknown>;
  // defineProperty: a key named __proto__ must become an own key, as JSON.parse would make it.
  Object.defineProperty(copy, head as string, {
    value: setAt(copy[head as string], rest, replacement),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

type ValueEdit =
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'addKey'; pick: number; key: string; value: unknown }
  | { kind: 'merge'; pick: number; extra: unknown }
  | { kind: 'wrap'; pick: number; depth: number }
  | { kind: 'drop'; pick: number };

const keyArb = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'type', 'items', 'version', '', ' '),
  fc.string({ maxLength: 12 }),
);

const valueEditArb: fc.Arbitrary<ValueEdit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: position, value: jsonLeafArb }),
  fc.record({ kind: fc.constant('addKey' as const), pick: position, key: keyArb, value: jsonLeafArb }),
  fc.record({ kind: fc.constant('merge' as const), pick: position, extra: protoKeyObjectArb }),
  fc.record({ kind: fc.constant('wrap' as const), pick: position, depth: fc.integer({ min: 1, max: 1000 }) }),
  fc.record({ kind: fc.constant('drop' as const), pick: position }),
);

function applyValueEdit(root: unknown, edit: ValueEdit): unknown {
  const paths = pathsOf(root);
  const path = paths[Math.floor(edit.pick * paths.length)] ?? [];
  switch (edit.kind) {
    case 'set':
      return setAt(root, path, () => edit.value);
    case 'addKey':
      return setAt(root, path, (old) => {
        const base: Record<string, unknown> =
          old !== null && typeof old === 'object' && !Array.isArray(old) ? { ...old } : {};
        Object.defineProperty(base, edit.key, {
          value: edit.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        return base;
      });
    case 'merge':
      return setAt(root, path, (old) => {
        if (old === null || typeof old !== 'object' || Array.isArray(old)) return edit.extra;
        // Through JSON text, as a request body arrives: the hostile key first, then the object's own keys.
        const body = [JSON.stringify(edit.extra).slice(1, -1), JSON.stringify(old).slice(1, -1)].filter(Boolean);
        return JSON.parse(`{${body.join(',')}}`) as unknown;
      });
    case 'wrap':
      return setAt(root, path, (old) => {
        let wrapped = old;
        for (let i = 0; i < edit.depth; i++) wrapped = i % 2 === 0 ? [wrapped] : { a: wrapped };
        return wrapped;
      });
    case 'drop':
      return setAt(root, path.slice(0, -1), (parent) => {
        const key = path[path.length - 1];
        if (Array.isArray(parent)) return parent.filter((_, index) => index !== key);
        if (parent !== null && typeof parent === 'object' && key !== undefined) {
          const copy = { ...(parent as Record<string, unknown>) };
          delete copy[key];
          return copy;
        }
        return parent;
      });
  }
}

/** One of the valid `seeds` with one to four structural edits: wrong types, hostile keys, deep nesting, drops. */
export function mutatedValue(seeds: readonly unknown[], maxEdits = 4): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(valueEditArb, { minLength: 1, maxLength: maxEdits }))
    .map(([seed, edits]) => edits.reduce(applyValueEdit, seed));
}

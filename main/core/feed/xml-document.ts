/**
 * Reading feed XML safely with fast-xml-parser, and the small accessors the
 * RSS and Atom readers share. Text-bearing elements (titles, descriptions,
 * content) are kept as raw inner XML so their markup — a `<script>` typed
 * straight into a title, an XHTML body, CDATA — is judged by the HTML-to-text
 * step instead of silently becoming child objects.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element as fast-xml-parser gives it: children by name, attributes as `@_name`, text as `#text`. */
export type XmlNode = { readonly [name: string]: unknown };

/** A parsed XML document: the root element's (prefix-normalised) name and the element. */
export interface XmlDocument {
  rootName: string;
  root: XmlNode;
}

/** Namespaces Pano reads, under the prefix the readers use whatever prefix the feed chose. */
const KNOWN_NAMESPACES: Record<string, string> = {
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://www.w3.org/2005/Atom': 'atom',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
};

/** Elements whose content is text or markup for the viewer: kept raw (see the file comment). */
const MARKUP_ELEMENTS = [
  'title',
  'description',
  'summary',
  'subtitle',
  'content',
  'content:encoded',
  'media:description',
  'media:title',
];

/** A bare `&` (not starting an entity) is the commonest CMS slip; escaping it beats refusing the feed. */
const BARE_AMPERSAND = /&(?!(?:#\d{1,7}|#x[\da-fA-F]{1,6}|[A-Za-z_][\w.-]{0,31});)/gu;

const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';

/**
 * Splits text into the parts outside and inside CDATA sections (inside: the whole `<![CDATA[…]]>`), with
 * indexOf rather than a lazy regex: a regex retries from every unclosed `<![CDATA[` to the end of the text, so
 * a feed with thousands of them took seconds per 100 kB. An unclosed section runs to the end, as in XML.
 */
function splitCdata(text: string): { text: string; cdata: boolean }[] {
  const parts: { text: string; cdata: boolean }[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf(CDATA_OPEN, at);
    if (open < 0) break;
    const close = text.indexOf(CDATA_CLOSE, open + CDATA_OPEN.length);
    const end = close < 0 ? text.length : close + CDATA_CLOSE.length;
    parts.push({ text: text.slice(at, open), cdata: false }, { text: text.slice(open, end), cdata: true });
    at = end;
  }
  parts.push({ text: text.slice(at), cdata: false });
  return parts;
}

/** Escapes bare `&` outside CDATA sections; inside them `&` is literal and must stay as written. */
function escapeBareAmpersands(text: string): string {
  if (!text.includes('&')) return text;
  return splitCdata(text)
    .map((part) => (part.cdata ? part.text : part.text.replace(BARE_AMPERSAND, '&amp;')))
    .join('');
}

/** Maps each namespace prefix the document declares onto the prefix Pano reads, e.g. `m:` → `media:`. */
function prefixMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of text.matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/gu)) {
    const [, prefix, uri] = match;
    const canonical = uri === undefined ? undefined : KNOWN_NAMESPACES[uri];
    if (prefix && canonical) map.set(prefix, canonical);
  }
  // An Atom feed written entirely as <atom:feed>… is read like an unprefixed one.
  const root = /<([\w.-]+):feed[\s>]/u.exec(text.slice(0, 4096));
  if (root?.[1] && map.get(root[1]) === 'atom') map.set(root[1], '');
  return map;
}

function renamer(map: Map<string, string>): (name: string) => string {
  return (name) => {
    const colon = name.indexOf(':');
    if (colon < 0) return name;
    const canonical = map.get(name.slice(0, colon));
    if (canonical === undefined) return name;
    return canonical === '' ? name.slice(colon + 1) : `${canonical}:${name.slice(colon + 1)}`;
  };
}

/** The validator names unclosed elements as a JSON list inside its message; say it in words. */
function describeXmlProblem(err: { code: string; msg: string; line?: number; col?: number }): string {
  const unclosed = /^Invalid '(\[[\s\S]*\])' found\.$/u.exec(err.msg);
  if (unclosed?.[1]) {
    try {
      const names = JSON.parse(unclosed[1]) as unknown;
      if (Array.isArray(names)) {
        return `it ends before <${names.map(String).join('> <')}> are closed, so it was probably cut off in transfer`;
      }
    } catch {
      // fall through to the validator's own words
    }
  }
  // Some problems (a document that is only "<?", an unclosed comment) come without a column, or without a line.
  const where = [
    Number.isFinite(err.line) ? `line ${err.line}` : null,
    Number.isFinite(err.col) ? `column ${err.col}` : null,
  ].filter((part) => part !== null);
  return where.length > 0 ? `${where.join(', ')}: ${err.msg}` : err.msg;
}

/** Parses feed XML; `{ ok: false }` names the line of a syntax error or why the document was refused. */
export function readXml(text: string): { ok: true; value: XmlDocument } | { ok: false; error: string } {
  // A BOM or a blank line before <?xml is common and harmless, but the validator refuses it.
  const source = escapeBareAmpersands(text.replace(/^\uFEFF/u, '').trimStart());
  const valid = XMLValidator.validate(source);
  if (valid !== true) return { ok: false, error: `the XML is broken: ${describeXmlProblem(valid.err)}` };

  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    transformTagName: renamer(prefixMap(source)),
    stopNodes: MARKUP_ELEMENTS.map((name) => `*.${name}`),
    // Entities a DOCTYPE declares are expanded only within tight limits (no "billion laughs");
    // external entities are refused by the parser outright.
    processEntities: {
      enabled: true,
      maxEntityCount: 50,
      maxEntitySize: 2_000,
      maxExpansionDepth: 3,
      maxTotalExpansions: 1_000,
      maxExpandedLength: 100_000,
    },
  });
  let parsed: unknown;
  try {
    parsed = parser.parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `the XML could not be read safely: ${reason}` };
  }
  if (!isNode(parsed)) return { ok: false, error: 'the XML has no root element' };
  const rootName = Object.keys(parsed).find((key) => !/^[?!#@]/u.test(key));
  const root = rootName === undefined ? undefined : parsed[rootName];
  if (rootName === undefined) return { ok: false, error: 'the XML has no root element' };
  return { ok: true, value: { rootName, root: isNode(root) ? root : {} } };
}

/** True for an element object (not text, not a list). */
export function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every child element called `name` (one or many in the source). */
export function childrenOf(node: XmlNode | undefined, name: string): unknown[] {
  const value = node?.[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
}

/** The first child element called `name`, as an object (a text-only child becomes `{ '#text': … }`). */
export function childOf(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const first = childrenOf(node, name)[0];
  if (first === undefined) return undefined;
  return isNode(first) ? first : { '#text': first };
}

/** An element's own text (entities already decoded by the parser, except in markup elements). */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isNode(value)) return textOf(value['#text']);
  return null;
}

/** The text of the first child called `name`; null when absent or empty. */
export function childText(node: XmlNode | undefined, name: string): string | null {
  const text = textOf(childrenOf(node, name)[0])?.trim();
  return text ? text : null;
}

/** An attribute's value; null when absent or empty. */
export function attrOf(value: unknown, name: string): string | null {
  if (!isNode(value)) return null;
  const attr = value[`@_${name}`];
  return typeof attr === 'string' && attr.trim() !== '' ? attr.trim() : null;
}

const XML_ENTITY = /&(lt|gt|quot|apos|amp|#\d{1,7}|#x[\da-fA-F]{1,6});/gu;
const XML_NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

function decodeXmlEntities(text: string): string {
  // One pass: `&amp;lt;` becomes `&lt;` (text the HTML step shows as "<"), never `<`.
  return text.replace(XML_ENTITY, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return XML_NAMED[name] ?? whole;
  });
}

/**
 * The HTML a markup element carries: CDATA sections as written; escaped text
 * (`&lt;p&gt;…`) unescaped once; inline markup (Atom's XHTML, a stray tag) as it is.
 */
export function markupOf(value: unknown): string | null {
  const raw = textOf(value);
  if (raw === null) return null;
  const html = splitCdata(raw)
    .map((part) => (part.cdata ? cdataContent(part.text) : outsideCdata(part.text)))
    .join('');
  const trimmed = html.trim();
  return trimmed === '' ? null : trimmed;
}

/** What a `<![CDATA[…]]>` section holds, as written. */
function cdataContent(section: string): string {
  const end = section.endsWith(CDATA_CLOSE) ? section.length - CDATA_CLOSE.length : section.length;
  return section.slice(CDATA_OPEN.length, end);
}

function outsideCdata(segment: string): string {
  // With real tags in it the segment is markup already and the HTML parser decodes its entities;
  // without, it is escaped text that may itself be HTML.
  return segment.includes('<') ? segment : decodeXmlEntities(segment);
}

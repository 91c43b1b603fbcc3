/**
 * What kind of document the server sent, told from its first characters — not
 * from the URL or the Content-Type, which captive portals and misconfigured
 * servers get wrong.
 */

/** The kinds of text a feed address can return. */
export type SniffedDocument =
  | { kind: 'empty' }
  | { kind: 'json' }
  | { kind: 'xml' }
  | { kind: 'html'; title: string | null }
  | { kind: 'text'; start: string };

/** Roots that only a web page has; an XHTML page is a page too. */
const HTML_ROOTS = new Set(['html', 'head', 'body', 'meta', 'title', 'div', 'script', 'p', 'a', 'table', 'iframe']);
/** How far into the document the sniffing looks. */
const SNIFF_CHARS = 16_384;

/** The first element's name after the XML declaration, comments, processing instructions and DOCTYPE. */
function firstElementName(head: string): string | null {
  let rest = head;
  for (;;) {
    rest = rest.trimStart();
    const skip = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)/iu.exec(rest);
    if (!skip) break;
    rest = rest.slice(skip[0].length);
  }
  return /^<([A-Za-z_][\w:.-]*)/u.exec(rest)?.[1] ?? null;
}

/** A page's <title>, raw (it is cleaned where it is shown). */
function pageTitle(head: string): string | null {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/iu.exec(head);
  const title = match?.[1]?.replace(/\s+/gu, ' ').trim();
  return title ? title.slice(0, 200) : null;
}

/** Tells JSON, XML, a web page, plain text and nothing apart. */
export function sniffDocument(text: string): SniffedDocument {
  const head = text
    .replace(/^\uFEFF/u, '')
    .trimStart()
    .slice(0, SNIFF_CHARS);
  if (head === '') return { kind: 'empty' };
  if (head.startsWith('{') || head.startsWith('[')) return { kind: 'json' };
  if (/^<!DOCTYPE\s+html/iu.test(head)) return { kind: 'html', title: pageTitle(head) };
  if (head.startsWith('<')) {
    const root = firstElementName(head);
    if (root !== null && HTML_ROOTS.has(root.toLowerCase().replace(/^.*:/u, ''))) {
      return { kind: 'html', title: pageTitle(head) };
    }
    return { kind: 'xml' };
  }
  return { kind: 'text', start: head.slice(0, 80).replace(/\s+/gu, ' ').trim() };
}

/** Feed XML → a raw feed: RSS (2.0, 0.9x, 1.0/RDF) or Atom, told apart by the root element. */
import { readAtom } from './atom';
import type { RawFeed } from './raw-item';
import { readRss } from './rss';
import { readXml } from './xml-document';

/** Reads RSS or Atom XML; `{ ok: false }` says what was expected and what was found instead. */
export function readXmlFeed(text: string): { ok: true; value: RawFeed } | { ok: false; error: string } {
  const xml = readXml(text);
  if (!xml.ok) return { ok: false, error: `expected an RSS or Atom feed but ${xml.error}` };
  const { rootName, root } = xml.value;
  if (rootName === 'rss' || rootName === 'rdf:RDF') return { ok: true, value: readRss(root, rootName) };
  if (rootName === 'feed') return { ok: true, value: readAtom(root) };
  return {
    ok: false,
    error: `expected an RSS or Atom feed but found XML whose root element is <${rootName.slice(0, 60)}>`,
  };
}

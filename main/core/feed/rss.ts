/**
 * RSS 2.0 (and 0.9x, and RSS 1.0 / RDF) → raw items, with the namespaces
 * Vietnamese and international CMSs use: media:*, content:encoded, dc:*,
 * atom:link.
 */
import { type RawFeed, type RawImage, type RawItem, IMAGE_EXTENSION, emptyRawItem } from './raw-item';
import { type XmlNode, attrOf, childOf, childText, childrenOf, isNode, markupOf, textOf } from './xml-document';

function isImageMedia(node: unknown): boolean {
  const url = attrOf(node, 'url');
  if (url === null) return false;
  const medium = attrOf(node, 'medium');
  const type = attrOf(node, 'type');
  if (medium !== null) return medium.toLowerCase() === 'image';
  if (type !== null) return type.toLowerCase().startsWith('image/');
  return IMAGE_EXTENSION.test(url);
}

/** media:content and media:thumbnail of an element, and of its media:group (YouTube-style). */
function mediaImages(item: XmlNode): RawImage[] {
  const scopes: XmlNode[] = [item, ...childrenOf(item, 'media:group').filter(isNode)];
  const images: RawImage[] = [];
  for (const scope of scopes) {
    for (const media of childrenOf(scope, 'media:content')) {
      if (!isImageMedia(media)) continue;
      const caption = isNode(media) ? (markupOf(media['media:description']) ?? markupOf(media['media:title'])) : null;
      images.push({ url: attrOf(media, 'url') ?? '', caption });
    }
    for (const thumbnail of childrenOf(scope, 'media:thumbnail')) {
      const url = attrOf(thumbnail, 'url');
      if (url !== null) images.push({ url, caption: null });
    }
  }
  return images;
}

function enclosureImages(item: XmlNode): RawImage[] {
  return childrenOf(item, 'enclosure')
    .filter((enclosure) => {
      const url = attrOf(enclosure, 'url');
      const type = attrOf(enclosure, 'type');
      return url !== null && (type === null ? IMAGE_EXTENSION.test(url) : type.toLowerCase().startsWith('image/'));
    })
    .map((enclosure) => ({ url: attrOf(enclosure, 'url') ?? '', caption: null }));
}

/** The article link: <link>, else an atom:link to the article, else a guid that is a permalink. */
function linkOf(item: XmlNode): string | null {
  const link = childText(item, 'link');
  if (link !== null) return link;
  for (const atomLink of childrenOf(item, 'atom:link')) {
    const rel = attrOf(atomLink, 'rel') ?? 'alternate';
    const href = attrOf(atomLink, 'href');
    if (rel === 'alternate' && href !== null) return href;
  }
  const guid = childOf(item, 'guid');
  const guidText = textOf(guid)?.trim() ?? '';
  if (attrOf(guid, 'isPermaLink') !== 'false' && /^https?:\/\//iu.test(guidText)) return guidText;
  // RSS 1.0 names each item by its URL.
  return attrOf(item, 'rdf:about');
}

/** RSS `author` is "email (Name)" by the spec; most feeds write only a name. */
function authorOf(item: XmlNode): string | null {
  const creator = childText(item, 'dc:creator');
  if (creator !== null) return creator;
  const author = childText(item, 'author');
  if (author === null) return null;
  const named = /^\S+@\S+\s*\((.+)\)$/u.exec(author);
  if (named?.[1]) return named[1];
  return /^\S+@\S+$/u.test(author) ? null : author;
}

function readItem(item: XmlNode): RawItem {
  const images = [...enclosureImages(item), ...mediaImages(item)];
  return {
    ...emptyRawItem(),
    id: childText(item, 'guid') ?? attrOf(item, 'rdf:about'),
    title: markupOf(item.title),
    link: linkOf(item),
    published: childText(item, 'pubDate') ?? childText(item, 'dc:date') ?? childText(item, 'atom:updated'),
    images,
    mediaCaption: markupOf(item['media:description']),
    summary: markupOf(item.description),
    content: markupOf(item['content:encoded']),
    author: authorOf(item),
    categories: [...childrenOf(item, 'category'), ...childrenOf(item, 'dc:subject')]
      .map((category) => textOf(category)?.trim() ?? '')
      .filter((category) => category !== ''),
  };
}

/** Reads an `<rss>` document (2.0, 0.9x) or an RSS 1.0 `<rdf:RDF>` document. */
export function readRss(root: XmlNode, rootName: string): RawFeed {
  const channel = childOf(root, 'channel');
  // RSS 2.0 keeps items inside <channel>; RSS 1.0 puts them beside it.
  const items = rootName === 'rdf:RDF' ? childrenOf(root, 'item') : childrenOf(channel, 'item');
  return {
    format: 'rss',
    title: channel ? markupOf(channel.title) : null,
    // An empty <item/> still counts, so the operator hears it was dropped.
    items: items.map((item) => (isNode(item) ? readItem(item) : emptyRawItem())),
  };
}

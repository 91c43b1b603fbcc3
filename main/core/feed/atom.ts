/** Atom 1.0 → raw items. */
import { type RawFeed, type RawImage, type RawItem, IMAGE_EXTENSION, emptyRawItem } from './raw-item';
import { type XmlNode, attrOf, childOf, childText, childrenOf, isNode, markupOf, textOf } from './xml-document';

/** The article's page: rel="alternate" (the default rel) of an HTML type, else the first alternate. */
function linkOf(entry: XmlNode): string | null {
  const alternates = childrenOf(entry, 'link').filter((link) => (attrOf(link, 'rel') ?? 'alternate') === 'alternate');
  const html = alternates.find((link) => /html/iu.test(attrOf(link, 'type') ?? 'text/html'));
  return attrOf(html ?? alternates[0], 'href');
}

/** Pictures an entry links to (rel="enclosure" of an image type) and any media:* it borrowed from MRSS. */
function imagesOf(entry: XmlNode): RawImage[] {
  const images: RawImage[] = [];
  for (const link of childrenOf(entry, 'link')) {
    const href = attrOf(link, 'href');
    const type = attrOf(link, 'type');
    if (attrOf(link, 'rel') !== 'enclosure' || href === null) continue;
    if (type === null ? IMAGE_EXTENSION.test(href) : type.toLowerCase().startsWith('image/')) {
      images.push({ url: href, caption: attrOf(link, 'title') });
    }
  }
  for (const name of ['media:content', 'media:thumbnail']) {
    for (const media of childrenOf(entry, name)) {
      const url = attrOf(media, 'url');
      const medium = attrOf(media, 'medium') ?? attrOf(media, 'type') ?? 'image';
      if (url !== null && medium.toLowerCase().startsWith('image')) {
        images.push({ url, caption: isNode(media) ? markupOf(media['media:description']) : null });
      }
    }
  }
  return images;
}

function authorsOf(node: XmlNode | undefined): string | null {
  const names = childrenOf(node, 'author')
    .map((author) => (isNode(author) ? childText(author, 'name') : textOf(author)))
    .filter((name): name is string => name !== null && name.trim() !== '');
  return names.length > 0 ? names.join(', ') : null;
}

function readEntry(entry: XmlNode, feedAuthor: string | null): RawItem {
  return {
    ...emptyRawItem(),
    id: childText(entry, 'id'),
    title: markupOf(entry.title),
    link: linkOf(entry),
    // `published` is when it first appeared; `updated` is all an entry must have.
    published: childText(entry, 'published') ?? childText(entry, 'updated'),
    images: imagesOf(entry),
    mediaCaption: markupOf(entry['media:description']),
    summary: markupOf(entry.summary),
    // <content src="…"> points elsewhere and carries no text of its own.
    content: attrOf(childOf(entry, 'content'), 'src') === null ? markupOf(entry.content) : null,
    author: authorsOf(entry) ?? feedAuthor,
    categories: childrenOf(entry, 'category')
      .map((category) => attrOf(category, 'label') ?? attrOf(category, 'term') ?? '')
      .filter((category) => category !== ''),
  };
}

/** Reads an Atom `<feed>` document. */
export function readAtom(root: XmlNode): RawFeed {
  // Entries without an author inherit the feed's (RFC 4287 §4.2.1).
  const feedAuthor = authorsOf(root);
  return {
    format: 'atom',
    title: markupOf(root.title),
    items: childrenOf(root, 'entry').map((entry) => (isNode(entry) ? readEntry(entry, feedAuthor) : emptyRawItem())),
  };
}

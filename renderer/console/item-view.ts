/** How a playlist item looks on its card: picture, name and one line of facts. */
import type { MediaEntry } from '../../main/core/api';
import { BUNDLED_SLIDES, type PlaylistItem } from '../../main/core/playlist/schema';

/** The URL of the card's thumbnail, or null when there is none to show (remote pictures are not fetched). */
export function thumbnailUrl(item: PlaylistItem, media: ReadonlyMap<string, MediaEntry>): string | null {
  if (item.type !== 'image' && item.type !== 'video') return null;
  const entry = media.get(item.src);
  if (entry) return item.type === 'image' || entry.kind === 'image' ? entry.url : null;
  if (item.type === 'image' && (BUNDLED_SLIDES as readonly string[]).includes(item.src)) {
    return `/media/bundled/${item.src}.jpg`;
  }
  return null;
}

/** What the card calls the item: the uploaded file's name, the title, or the source. */
export function itemName(item: PlaylistItem, media: ReadonlyMap<string, MediaEntry>): string {
  switch (item.type) {
    case 'image':
    case 'video':
      return media.get(item.src)?.originalName ?? item.src;
    case 'countdown':
    case 'text':
      return item.title;
    case 'news':
      return item.id;
  }
}

/** A copy of `object` with `key` set, or removed when `value` is undefined (the file leaves defaults out). */
export function withField<T extends object, K extends keyof T>(object: T, key: K, value: T[K] | undefined): T {
  const next = { ...object };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/**
 * Editing a list of playlist items without breaking it: every operation
 * returns a new list and keeps ids unique (the schema refuses duplicates).
 */
import type { PlaylistItem } from '../../main/core/playlist/schema';

/** The list with the item at `from` moved to `to` (both clamped into the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length) return next;
  const [moved] = next.splice(from, 1) as [T];
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved);
  return next;
}

/** The list without the item of that id. */
export function removeItem<T extends { id: string }>(items: readonly T[], id: string): T[] {
  return items.filter((item) => item.id !== id);
}

/** The list with the item of that id replaced. */
export function replaceItem<T extends { id: string }>(items: readonly T[], id: string, next: T): T[] {
  return items.map((item) => (item.id === id ? next : item));
}

/** An id made from a file name or title: lower-case ASCII, digits and dashes, at most 40 characters. */
export function slugId(text: string, fallback: string): string {
  const slug = text
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** `base` if no item uses it, else `base-2`, `base-3`, … */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The list with `item` inserted at `at` (the end by default), its id made
 * unique among the others first.
 */
export function insertItem<T extends { id: string }>(items: readonly T[], item: T, at = items.length): T[] {
  const fresh = {
    ...item,
    id: uniqueId(
      item.id,
      items.map((i) => i.id),
    ),
  };
  const next = [...items];
  next.splice(Math.max(0, Math.min(at, next.length)), 0, fresh);
  return next;
}

/** What an operator can add from the "add" panel. */
export type NewItemKind = 'news' | 'countdown' | 'text';

/**
 * A new item with sensible defaults (the operator edits it next). `targetAt`
 * is a `YYYY-MM-DDTHH:MM` moment a week ahead, given by the caller that owns a clock.
 */
export function newItem(kind: NewItemKind, words: { title: string }, targetAt: string): PlaylistItem {
  switch (kind) {
    case 'news':
      return { id: 'tin-tuc', type: 'news', durationS: 12, count: 3 };
    case 'countdown':
      return { id: 'dem-nguoc', type: 'countdown', durationS: 10, title: words.title, targetAt };
    case 'text':
      return { id: 'thong-bao', type: 'text', durationS: 10, title: words.title, body: '' };
  }
}

/** A library file as a new item: images for 8 s, videos for their own length. */
export function itemFromMedia(media: { name: string; originalName: string; kind: 'image' | 'video' }): PlaylistItem {
  const id = slugId(media.originalName, media.kind === 'image' ? 'anh' : 'video');
  return media.kind === 'image'
    ? { id, type: 'image', src: media.name, durationS: 8 }
    : { id, type: 'video', src: media.name };
}

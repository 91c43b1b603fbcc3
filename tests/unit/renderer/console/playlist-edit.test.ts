import { describe, expect, it } from 'vitest';
import { playlistSchema, type PlaylistItem } from '../../../../main/core/playlist/schema';
import {
  insertItem,
  itemFromMedia,
  moveItem,
  newItem,
  removeItem,
  slugId,
  uniqueId,
} from '../../../../renderer/console/playlist-edit';

const items: PlaylistItem[] = [
  { id: 'bk1', type: 'image', src: 'bk1', durationS: 8 },
  { id: 'bk2', type: 'image', src: 'bk2', durationS: 8 },
  { id: 'tin', type: 'news', durationS: 12 },
];
const ids = (list: readonly { id: string }[]) => list.map((i) => i.id);

describe('playlist editing', () => {
  it('moves an item first, last, and clamps out-of-range targets', () => {
    expect(ids(moveItem(items, 2, 0))).toEqual(['tin', 'bk1', 'bk2']);
    expect(ids(moveItem(items, 0, 2))).toEqual(['bk2', 'tin', 'bk1']);
    expect(ids(moveItem(items, 0, 99))).toEqual(['bk2', 'tin', 'bk1']);
    expect(ids(moveItem(items, 5, 0))).toEqual(['bk1', 'bk2', 'tin']);
    expect(ids(items)).toEqual(['bk1', 'bk2', 'tin']); // never in place
  });

  it('inserts with a fresh id when the id is taken', () => {
    const twice = insertItem(insertItem(items, { id: 'tin', type: 'news', durationS: 5 }), {
      id: 'tin',
      type: 'news',
      durationS: 5,
    });
    expect(ids(twice)).toEqual(['bk1', 'bk2', 'tin', 'tin-2', 'tin-3']);
    expect(ids(insertItem(items, { id: 'x', type: 'news', durationS: 5 }, 0))[0]).toBe('x');
  });

  it('removes by id', () => {
    expect(ids(removeItem(items, 'bk2'))).toEqual(['bk1', 'tin']);
  });

  it('makes readable ASCII ids from Vietnamese file names', () => {
    expect(slugId('Đại hội Công đoàn 2023.JPG', 'anh')).toBe('dai-hoi-cong-doan-2023');
    expect(slugId('***.png', 'anh')).toBe('anh');
    expect(uniqueId('a', ['a', 'a-2'])).toBe('a-3');
  });

  it('new items and library items pass the playlist schema', () => {
    const added = [
      newItem('news', { title: 'x' }, '2023-06-01T08:00'),
      newItem('countdown', { title: 'Đại hội' }, '2023-06-01T08:00'),
      newItem('text', { title: 'Thông báo' }, '2023-06-01T08:00'),
      itemFromMedia({ name: '0123456789abcdef.jpg', originalName: 'Ảnh hội trường.jpg', kind: 'image' }),
      itemFromMedia({ name: '0123456789abcdef.mp4', originalName: 'phim.mp4', kind: 'video' }),
    ].reduce<PlaylistItem[]>((list, item) => insertItem(list, item), [...items]);
    const checked = playlistSchema.safeParse({ version: 1, items: added });
    expect(checked.success).toBe(true);
    expect(ids(added).slice(3)).toEqual(['tin-tuc', 'dem-nguoc', 'thong-bao', 'anh-hoi-truong', 'phim']);
  });
});

/** Playlists the playlist-store tests share: the bundled default and an operator's congress week. */
import { readFile } from 'node:fs/promises';
import { parsePlaylist } from '../../../../main/core/playlist/parse';
import type { Playlist } from '../../../../main/core/playlist/schema';

/** A playlist text parsed as the store parses it; throws if the fixture itself is wrong. */
export function parsed(text: string): Playlist {
  const result = parsePlaylist(text);
  if (!result.ok) throw new Error('fixture playlist is invalid');
  return result.value;
}

export const DEFAULT_PLAYLIST = parsed(
  await readFile(new URL('../../../../assets/default-playlist.json', import.meta.url), 'utf8'),
);

export const CONGRESS_WEEK = `{
  "version": 1,
  "items": [
    { "id": "dai-hoi", "type": "image", "src": "bk3", "durationS": 10 },
    { "id": "bk1", "type": "image", "src": "bk1", "durationS": 6 }
  ],
  "marquee": { "text": ["Chào mừng Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023-2028!"], "speedPxPerS": 100 }
}
`;

/** Reading a playlist document from text, with every problem named. */
import { checkWith, parseJsonText, type Checked } from '../validation';
import { playlistSchema, type Playlist } from './schema';

/** Parses and validates playlist JSON text. */
export function parsePlaylist(text: string): Checked<Playlist> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return checkWith(playlistSchema, json.value);
}

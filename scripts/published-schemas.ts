/** The JSON Schemas Pano publishes, generated from its zod schemas (one source of truth). */
import { z } from 'zod';
import { playlistSchema } from '../main/core/playlist/schema';
import { settingsSchema } from '../main/core/settings';

/** File name → JSON Schema document. */
export function publishedSchemas(): Record<string, object> {
  const toJson = (schema: z.ZodType, id: string, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    $id: `https://pano.congdoanbackan.org.vn/schema/${id}`,
    title,
  });
  return {
    'playlist.schema.json': toJson(playlistSchema, 'playlist.schema.json', 'Pano playlist (version 1)'),
    'settings.schema.json': toJson(settingsSchema, 'settings.schema.json', 'Pano screen settings'),
  };
}

/** GET/POST /api/media and DELETE /api/media/:name. */
import type { FastifyInstance } from 'fastify';
import { MEDIA_MAX_BYTES, MEDIA_UPLOAD_FIELD } from '../../../core/api/media-api';
import { API_ROUTES } from '../../../core/api/routes';
import type { Playlist } from '../../../core/playlist/schema';
import type { ApiDeps } from './api-deps';

/** Registers the media routes (the multipart parser must be registered in the same scope). */
export function registerMediaRoutes(app: FastifyInstance, deps: Pick<ApiDeps, 'media' | 'playlist'>): void {
  app.get(API_ROUTES.media, async (_request, reply) =>
    reply.header('cache-control', 'no-store').send(await deps.media.list()),
  );

  app.post(API_ROUTES.media, async (request, reply) => {
    if (!request.isMultipart()) {
      return reply
        .code(415)
        .send({ error: `send the file as multipart/form-data in the field "${MEDIA_UPLOAD_FIELD}"` });
    }
    // The parser cuts at the largest kind; the library holds each kind to its own limit.
    const part = await request.file({
      limits: { fileSize: Math.max(MEDIA_MAX_BYTES.image, MEDIA_MAX_BYTES.video), files: 1, fields: 0, parts: 1 },
      throwFileSizeLimit: false,
      // The name as sent, so a path in it is refused by name rather than silently cut to its last part.
      preservePath: true,
    });
    if (!part || part.fieldname !== MEDIA_UPLOAD_FIELD) {
      part?.file.resume();
      return reply.code(400).send({ error: `the upload has no file in the field "${MEDIA_UPLOAD_FIELD}"` });
    }
    const result = await deps.media.store({ fileName: part.filename, stream: part.file });
    if (!result.ok) return reply.code(result.status).send({ error: result.error });
    return reply.code(201).send(result.entry);
  });

  app.delete<{ Params: { name: string } }>(API_ROUTES.mediaItem, async (request, reply) => {
    const { name } = request.params;
    const users = itemsUsing(deps.playlist.current().playlist, name);
    if (users.length > 0) {
      return reply.code(409).send({ error: `${name} is still used by the playlist item(s) ${users.join(', ')}` });
    }
    if (!(await deps.media.remove(name))) return reply.code(404).send({ error: `there is no media file "${name}"` });
    return reply.code(204).send();
  });
}

/** Ids of the items (default and scheduled playlists) that show `name`. */
function itemsUsing(playlist: Playlist, name: string): string[] {
  const lists = [playlist.items, ...(playlist.playlists ?? []).map((scheduled) => scheduled.items)];
  return lists.flatMap((items) => items.flatMap((item) => ('src' in item && item.src === name ? [item.id] : [])));
}

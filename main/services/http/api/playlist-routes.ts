/** GET/PUT /api/playlist, GET /api/playlist/history, POST /api/playlist/undo. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { playlistSaveRequestSchema } from '../../../core/api/playlist-api';
import { API_ROUTES } from '../../../core/api/routes';
import type { HistoryResult } from '../../playlist/playlist-history';
import type { ApiDeps } from './api-deps';
import { parseBody } from './api-replies';

/** A playlist of 500 items with long texts stays far below this. */
const PLAYLIST_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** Registers the playlist routes. */
export function registerPlaylistRoutes(app: FastifyInstance, deps: Pick<ApiDeps, 'playlist' | 'history'>): void {
  // The store is told at once, so screens change within the second rather than at the watcher's pace.
  async function answer(reply: FastifyReply, result: HistoryResult): Promise<FastifyReply> {
    if (!result.ok) {
      const code = result.kind === 'conflict' ? 409 : result.kind === 'empty' ? 409 : 500;
      return reply.code(code).send({ error: result.error });
    }
    await deps.playlist.reload().catch(() => undefined); // the watcher still catches up if this fails
    return reply.send({ revision: result.revision });
  }

  app.get(API_ROUTES.playlist, async (_request, reply) => {
    const active = deps.playlist.current();
    return reply.header('cache-control', 'no-store').send({
      playlist: active.playlist,
      revision: await deps.history.revision(),
      origin: active.origin,
      problem: active.problem,
    });
  });

  app.put(API_ROUTES.playlist, { bodyLimit: PLAYLIST_BODY_LIMIT_BYTES }, async (request, reply) => {
    const body = parseBody(playlistSaveRequestSchema, request.body, reply);
    if (!body) return reply;
    return answer(reply, await deps.history.save(body.playlist, body.baseRevision));
  });

  app.get(API_ROUTES.playlistHistory, async (_request, reply) =>
    reply.header('cache-control', 'no-store').send(await deps.history.list()),
  );

  app.post(API_ROUTES.playlistUndo, async (_request, reply) => answer(reply, await deps.history.undo()));
}

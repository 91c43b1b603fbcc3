/** GET/POST /api/announcements and DELETE /api/announcements/:id. */
import type { FastifyInstance } from 'fastify';
import { announcementRequestSchema } from '../../../core/api/announcements-api';
import { API_ROUTES } from '../../../core/api/routes';
import type { ApiDeps } from './api-deps';
import { parseBody } from './api-replies';

/** Registers the announcement routes. */
export function registerAnnouncementRoutes(app: FastifyInstance, deps: Pick<ApiDeps, 'announcements'>): void {
  app.get(API_ROUTES.announcements, async (_request, reply) =>
    reply.header('cache-control', 'no-store').send(deps.announcements.list()),
  );

  app.post(API_ROUTES.announcements, async (request, reply) => {
    const body = parseBody(announcementRequestSchema, request.body, reply);
    if (!body) return reply;
    const added = await deps.announcements.add(body.announcement);
    if (!added.ok) return reply.code(400).send({ error: added.error });
    return reply.send(added.announcements);
  });

  app.delete<{ Params: { id: string } }>(API_ROUTES.announcement, async (request, reply) => {
    const { id } = request.params;
    if (!deps.announcements.list().some((announcement) => announcement.id === id)) {
      return reply.code(404).send({ error: `there is no announcement "${id}"` });
    }
    const removed = await deps.announcements.remove(id);
    if (!removed.ok) return reply.code(500).send({ error: removed.error });
    return reply.send(removed.announcements);
  });
}

/** GET/PATCH /api/settings. */
import type { FastifyInstance } from 'fastify';
import { API_ROUTES } from '../../../core/api/routes';
import { settingsPatchSchema } from '../../../core/api/settings-api';
import type { Settings } from '../../../core/settings';
import type { ApiDeps } from './api-deps';
import { parseBody } from './api-replies';

/** Registers the settings routes. */
export function registerSettingsRoutes(app: FastifyInstance, deps: Pick<ApiDeps, 'settings'>): void {
  app.get(API_ROUTES.settings, async (_request, reply) =>
    reply.header('cache-control', 'no-store').send(deps.settings.get()),
  );

  app.patch(API_ROUTES.settings, async (request, reply) => {
    const patch = parseBody(settingsPatchSchema, request.body, reply);
    if (!patch) return reply;
    // The store fills the feed's defaults and checks the whole result (its error names the field).
    const result = deps.settings.update(patch as Partial<Settings>);
    if (!result.ok) return reply.code(400).send({ error: result.error });
    return reply.send(result.settings);
  });
}

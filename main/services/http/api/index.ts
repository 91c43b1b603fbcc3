/**
 * The operator API as one fastify plugin. The gate in front of it (api-gate.ts)
 * is installed by the HTTP server as a root onRequest hook, so it also covers
 * unknown /api paths; everything registered here runs only after it let the
 * request through.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance } from 'fastify';
import { bodyTooLargeMessage } from '../body-limit';
import type { ApiDeps } from './api-deps';
import { registerAnnouncementRoutes } from './announcements-routes';
import { registerFeedRoutes } from './feed-routes';
import { registerKioskRoutes } from './kiosk-routes';
import { registerMediaRoutes } from './media-routes';
import { registerPlaylistRoutes } from './playlist-routes';
import { registerSessionRoutes } from './session-routes';
import { registerSettingsRoutes } from './settings-routes';
import { registerStatusRoutes } from './status-routes';

export type { AnnouncementsApi, ApiDeps } from './api-deps';
export { createApiGate } from './api-gate';

/** Registers every /api route; use with `app.register(apiPlugin, deps)`. */
export async function apiPlugin(app: FastifyInstance, deps: ApiDeps): Promise<void> {
  // Only this scope parses multipart; the size caps are set per request by the upload route.
  await app.register(fastifyCookie); // reply.setCookie / clearCookie for the session routes
  await app.register(fastifyMultipart);

  // Parser and size errors keep the API's one error shape; a crash says nothing about internals.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (code === 500) deps.logger.error('api-failed', `${request.method} ${request.url}: ${error.message}`);
    const message =
      code === 413
        ? bodyTooLargeMessage(request)
        : code === 500
          ? 'the host could not complete the request; see its log'
          : error.message;
    return reply.code(code).send({ error: message });
  });

  registerSessionRoutes(app, deps);
  registerPlaylistRoutes(app, deps);
  registerMediaRoutes(app, deps);
  registerSettingsRoutes(app, deps);
  registerFeedRoutes(app, deps);
  registerAnnouncementRoutes(app, deps);
  registerStatusRoutes(app, deps);
  registerKioskRoutes(app, deps);
}

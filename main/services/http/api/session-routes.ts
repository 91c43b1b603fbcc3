/** POST/GET/DELETE /api/session and POST /api/setup-password. */
import type { FastifyInstance } from 'fastify';
import { API_ROUTES, SESSION_COOKIE } from '../../../core/api/routes';
import { setupPasswordRequestSchema, signInRequestSchema } from '../../../core/api/session-api';
import type { ApiDeps } from './api-deps';
import { cookieValue, requestSession } from './api-gate';
import { clearSessionCookie, parseBody, setSessionCookie } from './api-replies';

/** A password body is tiny; anything bigger is not a sign-in. */
const SIGN_IN_BODY_LIMIT_BYTES = 4 * 1024;

/** Registers the session routes. */
export function registerSessionRoutes(app: FastifyInstance, deps: Pick<ApiDeps, 'auth'>): void {
  const { auth } = deps;

  app.post(API_ROUTES.session, { bodyLimit: SIGN_IN_BODY_LIMIT_BYTES }, async (request, reply) => {
    const body = parseBody(signInRequestSchema, request.body, reply);
    if (!body) return reply;
    const result = await auth.signIn(body.password, request.socket.remoteAddress ?? 'unknown');
    if (!result.ok) {
      if (result.status === 429) {
        return reply
          .code(429)
          .header('retry-after', String(result.retryAfterS))
          .send({
            error: `too many wrong passwords; try again in ${result.retryAfterS} s`,
            retryAfterS: result.retryAfterS,
          });
      }
      return reply.code(401).send({ error: 'wrong password' });
    }
    setSessionCookie(request, reply, result.id);
    return reply.header('cache-control', 'no-store').send({ csrfToken: result.session.csrfToken });
  });

  app.get(API_ROUTES.session, async (request, reply) => {
    const found = requestSession(request);
    return reply.header('cache-control', 'no-store').send({ csrfToken: found?.session.csrfToken ?? '' });
  });

  app.delete(API_ROUTES.session, async (request, reply) => {
    auth.sessions.remove(requestSession(request)?.id ?? cookieValue(request.headers.cookie, SESSION_COOKIE));
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });

  app.post(API_ROUTES.setupPassword, { bodyLimit: SIGN_IN_BODY_LIMIT_BYTES }, async (request, reply) => {
    const body = parseBody(setupPasswordRequestSchema, request.body, reply);
    if (!body) return reply;
    const result = await auth.setupPassword(body.password);
    if (!result.ok) return reply.code(409).send({ error: result.error });
    setSessionCookie(request, reply, result.id);
    return reply.header('cache-control', 'no-store').send({ csrfToken: result.session.csrfToken });
  });
}

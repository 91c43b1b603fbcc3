/** Shared answers of the API routes: 400s that name fields, and the session cookie. */
import type {} from '@fastify/cookie'; // reply.setCookie, request.cookies
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { SESSION_COOKIE } from '../../../core/api/routes';
import { describeProblems, problemsFromZod, type FieldProblem } from '../../../core/validation';

/** Sends 400 with `{ error, problems }`; the error line names each field (`items[2].durationS: …`). */
export function sendProblems(reply: FastifyReply, problems: FieldProblem[], prefix = ''): FastifyReply {
  const named = problems.map((p) => ({ ...p, field: prefix && p.field ? `${prefix}.${p.field}` : p.field || prefix }));
  return reply.code(400).send({ error: describeProblems(named), problems: named });
}

/** The parsed body, or null after a 400 naming what is wrong with it. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, reply: FastifyReply): z.infer<S> | null {
  const checked = schema.safeParse(body);
  if (checked.success) return checked.data as z.infer<S>;
  sendProblems(reply, problemsFromZod(checked.error));
  return null;
}

/** Puts the session id into its cookie: HttpOnly, SameSite=Strict, only for /api, Secure over https. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, id: string): void {
  reply.setCookie(SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/api',
    secure: request.protocol === 'https',
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/api',
    secure: request.protocol === 'https',
  });
}

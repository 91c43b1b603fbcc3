/**
 * The browser host's HTTP surface (contract.md): the player page, its state
 * stream, media, health and metrics, the operator console (/console) and its
 * API (/api), which answers 401 to everyone without a signed-in session — and
 * to everyone at all when the host gives no ApiDeps.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { CONSOLE_CSP, PLAYER_CSP } from '../../core/content-security-policy';
import type { Health } from '../../core/health';
import type { PlayerState } from '../../core/player-state';
import { EVENTS_PATH, REPORT_PATH, type ScreenReport } from '../../core/bridge';
import { screenReportSchema } from '../../core/screen-report';
import { parseByteRange } from '../../core/byte-range';
import { describeProblems, problemsFromZod } from '../../core/validation';
import type { MediaCatalog } from '../media/media-catalog';
import { apiPlugin, createApiGate, type ApiDeps } from './api';
import type { SseHub } from './sse-hub';
import { bodyTooLargeMessage, DEFAULT_BODY_LIMIT_BYTES } from './body-limit';

/** What the HTTP layer needs from the host. */
export interface HttpDeps {
  rendererDir: string;
  state: () => PlayerState;
  health: () => Health;
  metrics: () => Promise<{ contentType: string; body: string }>;
  media: MediaCatalog;
  sse: SseHub;
  report: (report: ScreenReport, screen: string) => void;
  /** The operator API's needs; without them every /api request answers 401. */
  api?: ApiDeps;
}

const REPORT_BODY_LIMIT_BYTES = 16 * 1024;

/** Builds (but does not start) the HTTP server. */
export async function createHttpServer(deps: HttpDeps): Promise<FastifyInstance> {
  // forceCloseConnections: a slow download must not hold SIGTERM past contract.md's 5 s.
  const app = Fastify({
    logger: false,
    bodyLimit: DEFAULT_BODY_LIMIT_BYTES,
    return503OnClosing: true,
    forceCloseConnections: true,
  });

  // contract.md: without valid credentials every /api route answers 401 and changes nothing — decided
  // before any body is parsed, so a malformed or huge body cannot earn a different answer.
  app.addHook('onRequest', createApiGate(deps.api?.auth ?? null));

  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    // The console keeps its own policy: with no-referrer a browser sends "Origin: null" on its POSTs.
    if (!reply.hasHeader('referrer-policy')) reply.header('referrer-policy', 'no-referrer');
  });

  // The built page and its hashed assets. Everything else 404s rather than falling back to index.html.
  await app.register(fastifyStatic, { root: join(deps.rendererDir, 'assets'), prefix: '/assets/', index: false });

  const sendPlayer = (_request: unknown, reply: FastifyReply) =>
    reply
      .header('content-security-policy', PLAYER_CSP)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(createReadStream(join(deps.rendererDir, 'player', 'index.html')));
  app.get('/', sendPlayer);

  const consolePage = join(deps.rendererDir, 'console', 'index.html');
  const sendConsole = async (_request: unknown, reply: FastifyReply) => {
    if (!(await stat(consolePage).catch(() => null))?.isFile()) {
      return reply.code(404).type('text/plain').send('the console is not built (npm run build)');
    }
    return reply
      .header('content-security-policy', CONSOLE_CSP)
      .header('referrer-policy', 'same-origin')
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(createReadStream(consolePage));
  };
  app.get('/console', sendConsole);
  app.get('/console/', sendConsole);
  if (deps.api) await app.register(apiPlugin, deps.api);

  app.get(EVENTS_PATH, (request, reply) => {
    reply.hijack();
    deps.sse.add(reply.raw, JSON.stringify(deps.state()));
    request.raw.socket.setKeepAlive(true);
  });

  app.get('/media/*', async (request, reply) => {
    const file = await deps.media.resolve(new URL(request.url, 'http://host').pathname);
    // The file may have gone since resolve found it (a library file deleted that instant).
    const size = file ? (await stat(file.filePath).catch(() => null))?.size : undefined;
    if (!file || size === undefined) return reply.code(404).type('text/plain').send('no such media');
    reply.type(file.contentType).header('cache-control', 'public, max-age=3600').header('accept-ranges', 'bytes');
    // A <video> asks for byte ranges to start and to seek; Chromium will not play a video served without them.
    const range = parseByteRange(request.headers.range, size);
    if (range === 'unsatisfiable') return reply.code(416).header('content-range', `bytes */${size}`).send();
    if (range === null) return reply.header('content-length', size).send(createReadStream(file.filePath));
    return reply
      .code(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
      .header('content-length', range.end - range.start + 1)
      .send(createReadStream(file.filePath, { start: range.start, end: range.end }));
  });

  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send(deps.health()));

  app.get('/metrics', async (_request, reply) => {
    const { contentType, body } = await deps.metrics();
    return reply.type(contentType).send(body);
  });

  app.post(REPORT_PATH, { bodyLimit: REPORT_BODY_LIMIT_BYTES }, async (request, reply) => {
    const checked = screenReportSchema.safeParse(request.body);
    if (!checked.success) return reply.code(400).send({ error: describeProblems(problemsFromZod(checked.error)) });
    deps.report(checked.data, request.ip);
    return reply.code(204).send();
  });

  // Outside /api (which has its own): a body over the limit says which limit, not fastify's internal code.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode === 413) return reply.code(413).send({ error: bodyTooLargeMessage(request) });
    return reply.send(error);
  });

  app.setNotFoundHandler((_request, reply) => reply.code(404).type('text/plain').send('not found'));
  return app;
}

/** GET /api/proof-of-play.csv (what played, for the union's records) and GET /api/screenshot.png (a remote look). */
import type { FastifyInstance } from 'fastify';
import {
  exportRange,
  proofOfPlayFileName,
  proofOfPlayQuerySchema,
  screensReloadRequestSchema,
  type ScreensReloadResponse,
} from '../../../core/api/kiosk-api';
import { API_ROUTES } from '../../../core/api/routes';
import { problemsFromZod } from '../../../core/validation';
import type { ApiDeps } from './api-deps';
import { parseBody, sendProblems } from './api-replies';

/** A screenshot that takes longer than this is answered as unavailable (a hung renderer cannot paint one). */
const SCREENSHOT_TIMEOUT_MS = 10_000;

/** Registers the proof-of-play export and the screenshot. */
export function registerKioskRoutes(
  app: FastifyInstance,
  deps: Pick<ApiDeps, 'proofOfPlay' | 'screenshot' | 'screens' | 'logger' | 'nowMs'>,
): void {
  // An operator's "refresh the screens": each page reloads at its next slide change, so viewers see nothing odd.
  app.post(API_ROUTES.screensReload, async (request, reply) => {
    if (!parseBody(screensReloadRequestSchema, request.body ?? {}, reply)) return reply;
    const screens = deps.screens.reloadAtNextSlide('an operator asked from the console');
    deps.logger.info('screens-reload', `an operator asked ${screens} screen(s) to refresh at their next slide change`);
    return reply.send({ screens } satisfies ScreensReloadResponse);
  });

  app.get(API_ROUTES.proofOfPlay, async (request, reply) => {
    const query = proofOfPlayQuerySchema.safeParse(request.query);
    if (!query.success) return sendProblems(reply, problemsFromZod(query.error));
    const log = deps.proofOfPlay();
    if (!log) return reply.code(503).send({ error: 'the proof-of-play log could not be opened; see the host log' });
    const nowMs = (deps.nowMs ?? Date.now)();
    const { fromMs, toMs } = exportRange(query.data, nowMs);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${proofOfPlayFileName(fromMs, toMs, nowMs)}"`)
      .header('cache-control', 'no-store')
      .send(log.toCsv(fromMs, toMs));
  });

  app.get(API_ROUTES.screenshot, async (_request, reply) => {
    const capture = deps.screenshot();
    if (!capture)
      return reply.code(503).send({
        error:
          'this host has no screen of its own to capture (a browser shows the player); screenshots come from the kiosk app',
      });
    let timer: NodeJS.Timeout | undefined;
    try {
      const png = await Promise.race([
        capture(),
        new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error('the screen did not answer in time')), SCREENSHOT_TIMEOUT_MS);
        }),
      ]);
      return reply.header('content-type', 'image/png').header('cache-control', 'no-store').send(png);
    } catch (error) {
      deps.logger.warn('screenshot-failed', `screenshot failed: ${(error as Error).message}`);
      return reply.code(503).send({ error: `the screen could not be captured: ${(error as Error).message}` });
    } finally {
      clearTimeout(timer);
    }
  });
}

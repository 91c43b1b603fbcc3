/** GET /api/status (health, disk use, recent problems) and GET /api/schedule-preview. */
import { open, readdir, lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { API_ROUTES } from '../../../core/api/routes';
import { RECENT_ERRORS_LIMIT, schedulePreviewQuerySchema, type RecentError } from '../../../core/api/status-api';
import { schedulePreview } from '../../../core/schedule';
import { problemsFromZod } from '../../../core/validation';
import type { ApiDeps } from './api-deps';
import { sendProblems } from './api-replies';

/** Only the end of the log is read: it is rotated at 5 MB, and the newest lines are the ones wanted. */
const LOG_TAIL_BYTES = 256 * 1024;

/** Registers the status and schedule preview routes. */
export function registerStatusRoutes(
  app: FastifyInstance,
  deps: Pick<ApiDeps, 'health' | 'media' | 'logFile' | 'unwrittenLogProblems' | 'mediaCacheDir' | 'state' | 'nowMs'>,
): void {
  app.get(API_ROUTES.status, async (_request, reply) => {
    const [cacheBytes, library, fromFile] = await Promise.all([
      folderBytes(deps.mediaCacheDir),
      deps.media.list(),
      recentLogProblems(deps.logFile, RECENT_ERRORS_LIMIT),
    ]);
    // Problems the file could not take (full or read-only disk) belong in the list most of all.
    const recentErrors = [...fromFile, ...(deps.unwrittenLogProblems?.() ?? [])]
      .sort((a, b) => a.at.localeCompare(b.at))
      .slice(-RECENT_ERRORS_LIMIT);
    return reply.header('cache-control', 'no-store').send({
      health: deps.health(),
      cacheBytes,
      libraryBytes: library.reduce((sum, entry) => sum + entry.bytes, 0),
      recentErrors,
    });
  });

  app.get(API_ROUTES.schedulePreview, async (request, reply) => {
    const query = schedulePreviewQuerySchema.safeParse(request.query);
    if (!query.success) return sendProblems(reply, problemsFromZod(query.error));
    const state = deps.state();
    const fromMs = (deps.nowMs ?? Date.now)();
    return reply.header('cache-control', 'no-store').send({
      fromMs,
      timezone: state.timezone,
      segments: schedulePreview(state, fromMs, query.data.days),
    });
  });
}

/** Total size of the plain files in `dir` (0 when it does not exist). */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const stats = await lstat(join(dir, name)).catch(() => null);
    if (stats?.isFile()) total += stats.size;
  }
  return total;
}

/** The last `limit` warn/error lines of the JSON-lines log, oldest first; unreadable lines are skipped. */
export async function recentLogProblems(file: string, limit: number): Promise<RecentError[]> {
  let text: string;
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const start = Math.max(0, size - LOG_TAIL_BYTES);
      const buffer = Buffer.alloc(size - start);
      await handle.read(buffer, 0, buffer.length, start);
      text = buffer.toString('utf8');
      if (start > 0) text = text.slice(text.indexOf('\n') + 1); // the first line is probably cut
    } finally {
      await handle.close();
    }
  } catch {
    return [];
  }
  const found: RecentError[] = [];
  for (const line of text.split('\n')) {
    try {
      const record = JSON.parse(line) as Record<string, unknown>;
      if ((record.level === 'warn' || record.level === 'error') && typeof record.message === 'string') {
        found.push({
          at: String(record.time),
          level: record.level,
          event: String(record.event),
          message: record.message,
        });
      }
    } catch {
      // an empty or damaged line
    }
  }
  return found.slice(-limit);
}

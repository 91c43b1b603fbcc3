/** The body of GET /healthz (contract.md), shared by the server and its tests. */
import { z } from './zod';

/** Where the news feed stands: /healthz `feed`, and the answer of POST /api/feed/refresh. */
export const feedStatusSchema = z.object({
  /** The feed in force; null: the bundled sample. */
  url: z.string().nullable(),
  origin: z.enum(['sample', 'remote']),
  /** The last successful fetch (ISO), or null when none has succeeded (or only the sample plays). */
  lastSuccessAt: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  /** What went wrong with the last fetch, or null after a success. */
  lastError: z.string().nullable(),
  /** Articles held now (the last good feed). */
  items: z.number().int(),
  /** True when a configured feed has not answered within its staleAfterHours. */
  stale: z.boolean(),
  nextAttemptAt: z.string().nullable(),
});

export const healthSchema = z.object({
  /** `ok` when the screen plays what the operator set; `degraded` when it plays a fallback. */
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  uptimeS: z.number(),
  timezone: z.string(),
  playlist: z.object({
    /** Items in the playlist in force (news items count once). */
    items: z.number().int(),
    /** Slides in the rotation now. */
    slides: z.number().int(),
    /** `remote`: the document fetched from settings.remotePlaylist.url (playlist.json is left alone meanwhile). */
    origin: z.enum(['file', 'last-good', 'default', 'remote']),
    /** What is wrong with playlist.json (or, when the origin is remote, with the last fetch), or null. */
    problem: z.string().nullable(),
  }),
  feed: feedStatusSchema,
  /** Pages on the SSE stream now; pages heard from recently (heartbeats) and pages that stopped reporting. */
  screens: z.object({
    connected: z.number().int(),
    reporting: z.number().int().optional(),
    silent: z.number().int().optional(),
  }),
  /** What the display hours want, what switching achieved (`unknown`: nothing switched yet, or no tool), and with what. */
  displayPower: z
    .object({
      wanted: z.enum(['on', 'off']),
      applied: z.enum(['on', 'off', 'unknown']),
      tools: z.array(z.string()),
      lastError: z.string().nullable(),
    })
    .optional(),
  /** The data directory in use, and why it is a temporary stand-in when the configured one is unusable. */
  dataDir: z.object({ path: z.string(), problem: z.string().nullable() }),
});

export type Health = z.infer<typeof healthSchema>;

/** The body of GET /healthz (contract.md), shared by the server and its tests. */
import { z } from 'zod';

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
    origin: z.enum(['file', 'last-good', 'default']),
    /** What is wrong with playlist.json, or null. */
    problem: z.string().nullable(),
  }),
  feed: z.object({
    lastSuccessAt: z.string().nullable(),
    items: z.number().int(),
    stale: z.boolean(),
  }),
  screens: z.object({ connected: z.number().int() }),
  /** The data directory in use, and why it is a temporary stand-in when the configured one is unusable. */
  dataDir: z.object({ path: z.string(), problem: z.string().nullable() }),
});

export type Health = z.infer<typeof healthSchema>;

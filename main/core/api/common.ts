/** Error bodies every API route shares, so the console shows one kind of message. */
import { z } from '../zod';

/** The message for a request body (or query) that is missing or not a JSON object, with an example of one. */
export function bodyMustBe(example: string): { error: string } {
  return { error: `the request body must be a JSON object such as ${example}` };
}

/** One problem with a request body: `{ field: 'items[2].durationS', message: 'must be greater than 0' }`. */
export const fieldProblemSchema = z.object({ field: z.string(), message: z.string() });

/**
 * Any 4xx/5xx answer: `error` is one sentence for the operator; `problems`
 * (400) name each field. A 401 from a machine with no password yet says
 * `setupAvailable: true` (only to a loopback client), so the console offers
 * to set one.
 */
export const apiErrorSchema = z.object({
  error: z.string(),
  problems: z.array(fieldProblemSchema).optional(),
  setupAvailable: z.boolean().optional(),
});

/** 429: too many failed sign-ins from this address; try again after `retryAfterS` seconds. */
export const rateLimitedSchema = z.object({ error: z.string(), retryAfterS: z.number().int().positive() });

export type ApiError = z.infer<typeof apiErrorSchema>;
export type RateLimited = z.infer<typeof rateLimitedSchema>;

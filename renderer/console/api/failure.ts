/** What went wrong with an API call, as a value the pages can show (design.md: errors at boundaries are values). */
import { apiErrorSchema, rateLimitedSchema } from '../../../main/core/api/common';
import type { FieldProblem } from '../../../main/core/validation';

/** A failed call, by what the operator can do about it. */
export type ApiFailure =
  /** No session (or it expired): sign in; `setupAvailable` when this machine may set the first password. */
  | { kind: 'unauthorized'; message: string; setupAvailable: boolean }
  /** Too many wrong passwords: wait. */
  | { kind: 'rate-limited'; message: string; retryAfterS: number }
  /** 400: the body was refused; `problems` name the fields. */
  | { kind: 'invalid'; message: string; problems: FieldProblem[] }
  /** 409: someone else changed it first. */
  | { kind: 'conflict'; message: string }
  /** 501 (or 404 for a route the host does not have yet): not there. */
  | { kind: 'not-available'; message: string }
  /** The request never got an answer. */
  | { kind: 'network'; message: string }
  /** Any other refusal; `message` is the server's own sentence. */
  | { kind: 'refused'; status: number; message: string }
  /** The answer did not have the shape the contract promises. */
  | { kind: 'bad-response'; message: string };

/** The outcome of one call. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };

/** Reads an error answer into an {@link ApiFailure}; `body` is the parsed JSON, or null when there was none. */
export function failureFromResponse(status: number, body: unknown): ApiFailure {
  const parsed = apiErrorSchema.safeParse(body);
  const message = parsed.success ? parsed.data.error : `HTTP ${status}`;
  switch (status) {
    case 401:
      return { kind: 'unauthorized', message, setupAvailable: parsed.success && parsed.data.setupAvailable === true };
    case 429: {
      const limited = rateLimitedSchema.safeParse(body);
      return { kind: 'rate-limited', message, retryAfterS: limited.success ? limited.data.retryAfterS : 60 };
    }
    case 400:
      return { kind: 'invalid', message, problems: parsed.success ? (parsed.data.problems ?? []) : [] };
    case 409:
      return { kind: 'conflict', message };
    case 404:
    case 501:
      return { kind: 'not-available', message };
    default:
      return { kind: 'refused', status, message };
  }
}

/** A one-line message for any failure (field problems joined), for pages that show just one line. */
export function failureText(failure: ApiFailure): string {
  if (failure.kind === 'invalid' && failure.problems.length > 0) {
    return failure.problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ');
  }
  return failure.message;
}

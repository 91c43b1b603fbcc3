/** Sign-in, sign-out and the first password (`/api/session`, `/api/setup-password`). */
import { z } from '../zod';
import { bodyMustBe } from './common';

/** Shortest operator password accepted (also by `npm run set-password`). */
export const PASSWORD_MIN_LENGTH = 8;
/** Longest: a bound on the work scrypt is asked to do. */
export const PASSWORD_MAX_LENGTH = 256;

/** A password as the operator types it; the message names the rule that failed. */
export const passwordSchema = z
  .string({ error: 'must be text' })
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

/** POST /api/session: any length is checked against the hash (a short one is simply wrong). */
export const signInRequestSchema = z.strictObject(
  {
    password: z
      .string({ error: 'must be text' })
      .min(1, 'must not be empty')
      .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`),
  },
  bodyMustBe('{ "password": "…" }'),
);

/** POST /api/setup-password (loopback only, while no password is set): the new password. */
export const setupPasswordRequestSchema = z.strictObject(
  { password: passwordSchema },
  bodyMustBe('{ "password": "…" }'),
);

/**
 * 200 from POST/GET /api/session (and POST /api/setup-password, which signs in):
 * the token to send as the `x-pano-csrf` header with every non-GET request.
 */
export const sessionResponseSchema = z.object({ csrfToken: z.string() });

export type SignInRequest = z.infer<typeof signInRequestSchema>;
export type SetupPasswordRequest = z.infer<typeof setupPasswordRequestSchema>;
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

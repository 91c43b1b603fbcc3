/**
 * DATA/auth.json: the operator password's hash, written atomically and readable
 * only by its owner. There is never a default password: no file (or a file that
 * is not a valid hash) means "no password set".
 */
import { readFileSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../atomic-write';
import { MIN_SCRYPT_N, type PasswordHash } from './password-hash';

/** Where the password hash lives in a data directory. */
export function authFilePath(dataDir: string): string {
  return join(dataDir, 'auth.json');
}

const authFileSchema = z.object({
  version: z.literal(1),
  password: z.object({
    scrypt: z.object({
      N: z
        .number()
        .int()
        .min(MIN_SCRYPT_N)
        .refine((n) => (n & (n - 1)) === 0, 'must be a power of two'),
      r: z.number().int().min(1).max(32),
      p: z.number().int().min(1).max(16),
      keyLength: z.number().int().min(16).max(128),
    }),
    salt: z.string().min(16),
    hash: z.string().min(16),
  }),
  updatedAt: z.string(),
});

/** The stored hash, or null when no (usable) password is set. Never throws. */
export function readPasswordHash(file: string): PasswordHash | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const checked = authFileSchema.safeParse(JSON.parse(text));
    return checked.success ? checked.data.password : null;
  } catch {
    return null;
  }
}

/** True when an operator password is set in `dataDir` (the host's binding guard asks this). */
export function hasOperatorPassword(dataDir: string): boolean {
  return readPasswordHash(authFilePath(dataDir)) !== null;
}

/** Replaces the stored password hash (atomic: the old one stays until the new one is complete). */
export async function writePasswordHash(file: string, password: PasswordHash, now: Date): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const body = { version: 1, password, updatedAt: now.toISOString() };
  await writeFileAtomic(file, `${JSON.stringify(body, null, 2)}\n`);
  await chmod(file, 0o600).catch(() => undefined); // best effort: some file systems have no modes
}

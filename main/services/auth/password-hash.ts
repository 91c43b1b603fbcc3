/**
 * The operator password as a scrypt hash: a random salt per password, memory-hard
 * parameters stored with the hash (so they can be raised later without breaking
 * old files), and a constant-time comparison.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** How a password was hashed; stored beside the hash. */
export interface ScryptParams {
  /** CPU/memory cost, a power of two (≥ 16384). */
  N: number;
  r: number;
  p: number;
  keyLength: number;
}

/** A stored password: parameters, salt and hash (base64). */
export interface PasswordHash {
  scrypt: ScryptParams;
  salt: string;
  hash: string;
}

/** 32768 × 8 × 128 B = 32 MiB and ~100 ms per try: cheap for a sign-in, expensive for a guesser. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 32768, r: 8, p: 1, keyLength: 32 };
/** The floor accepted when reading a file: weaker parameters are treated as no password at all. */
export const MIN_SCRYPT_N = 16384;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    // Node refuses above 32 MiB by default; allow what these parameters need and a margin.
    maxmem: 256 * params.N * params.r,
  };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, params.keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Hashes `password` with a fresh random salt. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<PasswordHash> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return { scrypt: { ...params }, salt: salt.toString('base64'), hash: key.toString('base64') };
}

/** True when `password` matches `stored`; the comparison takes the same time wherever they differ. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), {
    ...stored.scrypt,
    keyLength: expected.length,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

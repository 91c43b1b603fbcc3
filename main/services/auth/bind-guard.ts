/**
 * The host listens beyond this machine only when the console is protected: an
 * address other than loopback is refused until an operator password is set.
 */
import { isIP } from 'node:net';
import { hasOperatorPassword } from './auth-file';

/** True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopbackBindAddress(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (name === 'localhost' || name === '::1' || name === '::ffff:127.0.0.1') return true;
  return isIP(name) === 4 && name.startsWith('127.');
}

/** Why the host must not bind to `host` with `dataDir` (one line for the operator), or null when it may. */
export function bindRefusal(host: string, dataDir: string): string | null {
  if (isLoopbackBindAddress(host) || hasOperatorPassword(dataDir)) return null;
  return (
    `refusing to listen on ${host}: other machines could reach the console, and no operator password is set. ` +
    `Set one first with: npm run set-password -- --data-dir ${JSON.stringify(dataDir)} ` +
    `(or leave out --host to listen on 127.0.0.1 only)`
  );
}

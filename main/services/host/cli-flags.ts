/** The host flags of contract.md, shared by `npm run serve` and `npm start` (the kiosk). */
import { parseArgs } from 'node:util';
import { isValidTimeZone } from '../../core/timezone';

/** The flags as given on the command line (defaults not yet applied where they depend on the shell). */
export interface HostFlags {
  dataDir?: string;
  port: number;
  host: string;
  feedUrl?: string;
  timezone?: string;
}

export const DEFAULT_PORT = 7420;
export const DEFAULT_BIND_ADDRESS = '127.0.0.1';

const FLAG_NAMES = ['--data-dir', '--port', '--host', '--feed-url', '--timezone'];

/** Parses host flags; the error is one line naming the flag and what is wrong. */
export function parseHostFlags(argv: readonly string[]): { ok: true; flags: HostFlags } | { ok: false; error: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'feed-url': { type: 'string' },
        timezone: { type: 'string' },
      },
    }));
  } catch (error) {
    return { ok: false, error: explainParseError(error) };
  }

  const flags: HostFlags = { port: DEFAULT_PORT, host: DEFAULT_BIND_ADDRESS };
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);

  const dataDir = text('data-dir');
  if (dataDir !== undefined) {
    if (dataDir.trim() === '') return { ok: false, error: '--data-dir needs a folder path' };
    flags.dataDir = dataDir;
  }
  const port = text('port');
  if (port !== undefined) {
    if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) {
      return { ok: false, error: `--port must be a whole number from 0 to 65535 (0 picks a free port), not "${port}"` };
    }
    flags.port = Number(port);
  }
  const host = text('host');
  if (host !== undefined) {
    if (host.trim() === '') return { ok: false, error: '--host needs an address such as 127.0.0.1' };
    flags.host = host;
  }
  const feedUrl = text('feed-url');
  if (feedUrl !== undefined) {
    if (!isHttpUrl(feedUrl))
      return { ok: false, error: `--feed-url must be an http:// or https:// address, not "${feedUrl}"` };
    flags.feedUrl = feedUrl;
  }
  const timezone = text('timezone');
  if (timezone !== undefined) {
    if (!isValidTimeZone(timezone)) {
      return { ok: false, error: `--timezone must be an IANA time zone such as Asia/Ho_Chi_Minh, not "${timezone}"` };
    }
    flags.timezone = timezone;
  }
  return { ok: true, flags };
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function explainParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1] ?? 'an unknown flag';
    return `unknown flag ${flag} (known flags: ${FLAG_NAMES.join(', ')})`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /'(--[\w-]+)/.exec(message)?.[1] ?? 'a flag';
    return `${flag} needs a value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const word = /'([^']+)'/.exec(message)?.[1] ?? '';
    return `unexpected argument "${word}" (flags take the form --name value; known flags: ${FLAG_NAMES.join(', ')})`;
  }
  return message;
}

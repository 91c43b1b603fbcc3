/** Failed downloads in words an operator can act on, from what undici and the OS report. */

/** What kind of failure a GET ended in (a caller may treat some differently, e.g. retry sooner). */
export type HttpFailureKind =
  'status' | 'timeout' | 'connect' | 'too-large' | 'redirect' | 'network' | 'aborted' | 'bad-url';

/** A failed GET, as a value. */
export interface HttpFailure {
  ok: false;
  kind: HttpFailureKind;
  /** One sentence for the log and the console, e.g. `the server answered 500 Internal Server Error`. */
  error: string;
  /** The HTTP status when the server answered, else null. */
  status: number | null;
}

/** A failure value. */
export const failure = (kind: HttpFailureKind, error: string, status: number | null = null): HttpFailure => ({
  ok: false,
  kind,
  error,
  status,
});

/** `10 s`, `0.3 s`. */
export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** `10 MB`, `1.5 MB`, `512 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Number((bytes / 1048576).toFixed(1))} MB`;
}

/** The system error code inside an undici error (fetch wraps it in `cause`, sometimes in an AggregateError). */
function errorCode(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; cause?: unknown; errors?: unknown[] };
    if (typeof candidate.code === 'string') return candidate.code;
    if (Array.isArray(candidate.errors) && candidate.errors.length > 0) current = candidate.errors[0];
    else current = candidate.cause;
  }
  return null;
}

const CERTIFICATE_CODES = /^(CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|ERR_TLS_CERT)/;

/**
 * Describes a thrown fetch error. `phase` says whether the response had started (a cut in the body reads
 * differently from a refused connection); `timedOut` is set when our own deadline fired.
 */
export function describeFetchError(
  error: unknown,
  context: {
    host: string;
    phase: 'request' | 'body';
    timedOut: boolean;
    aborted: boolean;
    totalTimeoutMs: number;
    connectTimeoutMs: number;
  },
): HttpFailure {
  const { host, phase } = context;
  if (context.timedOut) {
    return phase === 'body'
      ? failure('timeout', `the download from ${host} did not finish within ${formatSeconds(context.totalTimeoutMs)}`)
      : failure('timeout', `no answer from ${host} within ${formatSeconds(context.totalTimeoutMs)}`);
  }
  if (context.aborted) return failure('aborted', 'the download was cancelled');
  const code = errorCode(error);
  switch (code) {
    case 'ECONNREFUSED':
      return failure('connect', `could not connect to ${host} (connection refused)`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return failure(
        'connect',
        `could not find the server ${host} (DNS lookup failed: is the name right, is the network up?)`,
      );
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return failure('connect', `could not connect to ${host} within ${formatSeconds(context.connectTimeoutMs)}`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENETDOWN':
      return failure('connect', `cannot reach ${host} (no route: is the network up?)`);
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return phase === 'body'
        ? failure('network', `the connection to ${host} was cut before the whole document arrived`)
        : failure('network', `the connection to ${host} was cut before it answered`);
    default:
      if (code && CERTIFICATE_CODES.test(code)) {
        return failure('connect', `the HTTPS certificate of ${host} is not valid (${code})`);
      }
  }
  const message = error instanceof Error ? error.message : String(error);
  return failure('network', `could not download from ${host}: ${code ?? message}`);
}

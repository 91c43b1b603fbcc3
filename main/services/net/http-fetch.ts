/**
 * The one hardened GET of the host, used for feeds and images: a connect timeout, a total deadline (a server
 * that drips a byte a second cannot hold a poll forever), a size cap on the decoded bytes (a gzip bomb cannot
 * fill memory), redirects followed by hand (counted, loops caught, only http/https), conditional GET, and
 * failures as values with a sentence an operator can act on.
 */
import { Agent, fetch, type Response } from 'undici';
import { describeFetchError, failure, formatBytes, type HttpFailure } from './fetch-errors';

export { formatBytes, formatSeconds, type HttpFailure, type HttpFailureKind } from './fetch-errors';

/** The limits of one GET. */
export interface FetchLimits {
  connectTimeoutMs: number;
  /** From the request to the last byte, redirects included. */
  totalTimeoutMs: number;
  /** Decoded (decompressed) body bytes. */
  maxBytes: number;
  maxRedirects: number;
}

/** Limits for a feed on a slow provincial network. */
export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
};

/** What a server said about its copy, sent back next time for a conditional GET. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** Options of one GET. */
export interface HttpGetOptions {
  limits?: Partial<FetchLimits> | undefined;
  /** From the last successful answer: sent as If-None-Match / If-Modified-Since. */
  validators?: Validators | null | undefined;
  accept?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** A GET that got the document, or learnt that the copy we hold is current. */
export type HttpSuccess =
  | { ok: true; notModified: true; finalUrl: string; validators: Validators }
  | {
      ok: true;
      notModified: false;
      /** After redirects: relative links resolve against it. */
      finalUrl: string;
      status: number;
      contentType: string | null;
      body: Uint8Array;
      validators: Validators;
    };

/** The outcome of a GET; it never throws. */
export type HttpGetResult = HttpSuccess | HttpFailure;

/** Names Pano to the server's logs, so a site's webmaster can tell who polls and why. */
export const USER_AGENT = 'Pano/0.1 (digital signage player; news feed and pictures for union halls)';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const agents = new Map<number, Agent>();

/** One shared Agent (per connect timeout, which undici sets on the Agent): connections are reused across polls. */
function agentFor(connectTimeoutMs: number): Agent {
  let agent = agents.get(connectTimeoutMs);
  if (!agent) {
    agent = new Agent({ connect: { timeout: connectTimeoutMs }, keepAliveTimeout: 10_000 });
    agents.set(connectTimeoutMs, agent);
  }
  return agent;
}

/** GETs `url` within the limits. */
export async function httpGet(url: string, options: HttpGetOptions = {}): Promise<HttpGetResult> {
  const limits = { ...DEFAULT_FETCH_LIMITS, ...options.limits };
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return failure('bad-url', `"${url}" is not a web address`);
  }
  if (current.protocol !== 'http:' && current.protocol !== 'https:') {
    return failure('bad-url', `"${url}" is not an http(s) address`);
  }
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), limits.totalTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
  let phase: 'request' | 'body' = 'request';
  try {
    const headers: Record<string, string> = {
      'user-agent': USER_AGENT,
      accept: options.accept ?? '*/*',
      // undici asks for brotli over https only; the cap below guards whatever is decoded.
      'accept-encoding': 'gzip, deflate, br',
    };
    if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
    if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;

    const visited = [current.href];
    let response: Response;
    for (;;) {
      response = await fetch(current, {
        dispatcher: agentFor(limits.connectTimeoutMs),
        redirect: 'manual',
        headers,
        signal,
      });
      if (!REDIRECT_STATUSES.has(response.status)) break;
      await response.body?.cancel().catch(() => undefined);
      const next = redirectTarget(current, response);
      if (!next.ok) return next;
      const target = next.value;
      if (visited.includes(target.href)) {
        return failure(
          'redirect',
          `the server redirects in a loop (${[...visited, target.href].map(shortUrl).join(' → ')})`,
        );
      }
      if (visited.length > limits.maxRedirects) {
        return failure('redirect', `more than ${limits.maxRedirects} redirects (last to ${target.href})`);
      }
      visited.push(target.href);
      current = target;
    }
    // Only a 304 confirms the validators we sent; a new body without its own must drop them, or a
    // later 304 to the old ETag would bring back news the site has since replaced.
    const previous = response.status === 304 ? options.validators : undefined;
    const validators: Validators = {
      etag: response.headers.get('etag') ?? previous?.etag ?? null,
      lastModified: response.headers.get('last-modified') ?? previous?.lastModified ?? null,
    };
    if (response.status === 304 && options.validators) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: true, notModified: true, finalUrl: current.href, validators };
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel().catch(() => undefined);
      const text = response.statusText ? ` ${response.statusText}` : '';
      return failure('status', `the server answered ${response.status}${text}`, response.status);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limits.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return failure(
        'too-large',
        `larger than ${formatBytes(limits.maxBytes)} (the server says ${formatBytes(declared)})`,
      );
    }
    phase = 'body';
    const body = await readCapped(response, limits.maxBytes);
    if (!body) return failure('too-large', `larger than ${formatBytes(limits.maxBytes)}`);
    const contentType = response.headers.get('content-type');
    return {
      ok: true,
      notModified: false,
      finalUrl: current.href,
      status: response.status,
      contentType,
      body,
      validators,
    };
  } catch (error) {
    return describeFetchError(error, {
      host: current.host,
      phase,
      timedOut: deadline.signal.aborted,
      aborted: options.signal?.aborted ?? false,
      totalTimeoutMs: limits.totalTimeoutMs,
      connectTimeoutMs: limits.connectTimeoutMs,
    });
  } finally {
    clearTimeout(timer);
  }
}

function redirectTarget(from: URL, response: Response): { ok: true; value: URL } | HttpFailure {
  const location = response.headers.get('location');
  if (!location) return failure('redirect', `the server answered ${response.status} without saying where to go`);
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    return failure('redirect', `the server redirects to "${location}", which is not a web address`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return failure('redirect', `the server redirects to a ${target.protocol} address, which Pano does not follow`);
  }
  return { ok: true, value: target };
}

const shortUrl = (href: string) => {
  const url = new URL(href);
  return `${url.pathname}${url.search}`;
};

/** The body, or null as soon as it passes `maxBytes` (the rest is never read). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Article and picture addresses: absolute http(s) only, resolved against the document's own address. */

/**
 * The WHATWG URL parser, typed by hand: core compiles without DOM and Node
 * types, yet every runtime Pano runs in (Node, Chromium) has the same global.
 */
interface WhatwgUrl {
  readonly href: string;
  readonly protocol: string;
}
const Url = (globalThis as unknown as { URL: new (input: string, base?: string) => WhatwgUrl }).URL;

/** Longer than any real article address; a megabyte "URL" is not kept in state. */
const MAX_URL_CHARS = 2000;

function parse(input: string, base?: string): WhatwgUrl | null {
  try {
    return new Url(input, base);
  } catch {
    return null;
  }
}

/**
 * An absolute http(s) URL, resolved against `baseUrl`; null for
 * `javascript:`, `data:` and any other scheme, and for a relative link
 * without a usable base.
 */
export function absoluteHttpUrl(raw: string | null | undefined, baseUrl: string): string | null {
  if (!raw) return null;
  // Browsers drop tabs and newlines inside URLs, so "java\nscript:" must be judged as "javascript:".
  const trimmed = raw.replace(/[\t\n\r]/gu, '').trim();
  if (trimmed === '' || trimmed.length > MAX_URL_CHARS) return null;
  const base = parse(baseUrl) === null ? undefined : baseUrl;
  const url = parse(trimmed, base);
  if (url === null) return null;
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/**
 * The Content-Security-Policies of Pano's pages, in one place for both hosts
 * (the kiosk's pano:// protocol and the browser host's HTTP server).
 * No remote script can run: scripts come only from Pano itself.
 */

/** Every screen's page. */
export const PLAYER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // React's style prop and framer-motion write inline styles; no inline script is allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  // The console shows a live preview of the player in a frame; no other site may frame it.
  "frame-ancestors 'self'",
  "form-action 'none'",
].join('; ');

/** The operator console (GET /console): no inline script or style, nothing from elsewhere, never framed. */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  // The live preview frames the player page (GET /) of this same host.
  "frame-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

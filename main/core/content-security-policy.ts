/**
 * The Content-Security-Policy of every screen, in one place for both hosts
 * (the kiosk's pano:// protocol and the browser host's HTTP server).
 * No remote script can run: scripts come only from Pano itself.
 */
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
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

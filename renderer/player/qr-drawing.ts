/** A QR code as one SVG path, so the page draws it inline under its strict CSP. */
import { encode } from 'uqr';

/** The quiet zone scanners need around a code, in modules (ISO/IEC 18004). */
export const QR_QUIET_ZONE_MODULES = 4;

/** What the QR component draws: a square of `size` modules and the path of its dark ones. */
export interface QrDrawing {
  /** Modules per side, quiet zone included: the SVG's viewBox. */
  size: number;
  /** The dark modules as one path, in module units (one unit square per module). */
  d: string;
}

/**
 * Runs of dark modules along each row, as `M x y h n v 1 h -n z`: one path
 * instead of hundreds of rects, and whole units so crispEdges keeps every
 * edge sharp.
 */
export function darkModulesPath(modules: readonly (readonly boolean[])[]): string {
  const commands: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      const run = x - start;
      commands.push(`M${start} ${y}h${run}v1h-${run}z`);
    }
  });
  return commands.join('');
}

/**
 * The drawing for `text`, quiet zone included, or null when it cannot be
 * encoded (empty, or too long for any QR version): the slide then shows no code
 * rather than failing. Medium error correction survives glare on a screen.
 */
export function qrDrawing(text: string): QrDrawing | null {
  if (text === '') return null;
  try {
    const qr = encode(text, { ecc: 'M', border: QR_QUIET_ZONE_MODULES });
    return { size: qr.size, d: darkModulesPath(qr.data) };
  } catch {
    return null;
  }
}

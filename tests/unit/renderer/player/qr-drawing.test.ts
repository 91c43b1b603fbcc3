import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { darkModulesPath, QR_QUIET_ZONE_MODULES, qrDrawing } from '../../../../renderer/player/qr-drawing';

const LINK =
  'https://congdoanbackan.org.vn/tin-tuc/day-manh-cong-tac-tuyen-truyen-chao-mung-dai-hoi-cong-doan-cac-cap.html';

/** Paints the path (only the `M x y h n v 1 h -n z` runs qr-drawing writes) into a module grid. */
function paint(size: number, d: string): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(run); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

/** What a phone would read from the drawing, scaled to `scale` px a module. */
function scan(size: number, d: string, scale = 6): string | null {
  const grid = paint(size, d);
  const px = size * scale;
  const rgba = new Uint8ClampedArray(px * px * 4);
  for (let y = 0; y < px; y++) {
    for (let x = 0; x < px; x++) {
      const value = grid[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      rgba.set([value, value, value, 255], (y * px + x) * 4);
    }
  }
  return jsQR(rgba, px, px)?.data ?? null;
}

describe('the QR code of a news slide', () => {
  it("reads back as the article's link", () => {
    const drawing = qrDrawing(LINK);
    expect(drawing).not.toBeNull();
    expect(scan(drawing!.size, drawing!.d)).toBe(LINK);
  });

  it('reads back a link with Vietnamese letters (UTF-8)', () => {
    const link = 'https://congdoanbackan.org.vn/tin-tức/đại-hội';
    const drawing = qrDrawing(link)!;
    expect(scan(drawing.size, drawing.d)).toBe(link);
  });

  it('keeps a quiet zone of 4 light modules on every side', () => {
    const { size, d } = qrDrawing(LINK)!;
    const grid = paint(size, d);
    for (let i = 0; i < QR_QUIET_ZONE_MODULES; i++) {
      expect(grid[i]!.some(Boolean)).toBe(false);
      expect(grid[size - 1 - i]!.some(Boolean)).toBe(false);
      expect(grid.some((row) => row[i] || row[size - 1 - i])).toBe(false);
    }
    // …and the finder pattern starts right after it.
    expect(grid[QR_QUIET_ZONE_MODULES]![QR_QUIET_ZONE_MODULES]).toBe(true);
  });

  it('draws runs of dark modules in whole units', () => {
    expect(
      darkModulesPath([
        [true, true, false, true],
        [false, false, false, false],
        [false, true, true, true],
      ]),
    ).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z');
    expect(darkModulesPath([])).toBe('');
  });

  it('gives no code for an empty link or one too long for any QR version', () => {
    expect(qrDrawing('')).toBeNull();
    expect(qrDrawing(`https://example.org/${'x'.repeat(5000)}`)).toBeNull();
  });
});

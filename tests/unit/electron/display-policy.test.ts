import { describe, expect, it } from 'vitest';
import { chooseDisplay, orderDisplays, pictureEdgeFor } from '../../../main/electron/display-policy';

const display = (id: number, x: number, y = 0) => ({ id, bounds: { x, y, width: 1920, height: 1080 } });
// The OS lists the TV on the right first and the primary monitor in the middle.
const right = display(7, 3840);
const primary = display(3, 1920);
const left = display(5, 0);
const below = display(9, 1920, 1080);
const all = [right, below, primary, left];

describe('orderDisplays', () => {
  it('puts the primary display first, then the others left to right, top to bottom', () => {
    expect(orderDisplays(all, primary.id).map((d) => d.id)).toEqual([3, 5, 9, 7]);
  });
});

describe('chooseDisplay', () => {
  it('uses display 0 = the primary display', () => {
    expect(chooseDisplay(all, primary, 0)).toEqual({ display: primary, fellBack: false });
  });

  it('uses the display at the configured index', () => {
    expect(chooseDisplay(all, primary, 3)).toEqual({ display: right, fellBack: false });
  });

  it('falls back to the primary display when the configured one is unplugged', () => {
    expect(chooseDisplay([primary], primary, 2)).toEqual({ display: primary, fellBack: true });
  });
});

describe('pictureEdgeFor', () => {
  const size = (width: number, height: number, scaleFactor = 1) => ({ size: { width, height }, scaleFactor });

  it('keeps downloaded pictures as large as the largest display shows them, in device pixels', () => {
    expect(pictureEdgeFor([size(1920, 1080), size(1920, 1080, 2)])).toBe(3840);
    expect(pictureEdgeFor([size(1080, 1920)])).toBe(1920);
  });

  it('never goes below a useful size when no display (or a tiny one) is reported', () => {
    expect(pictureEdgeFor([])).toBe(1280);
    expect(pictureEdgeFor([size(800, 480)])).toBe(1280);
  });
});

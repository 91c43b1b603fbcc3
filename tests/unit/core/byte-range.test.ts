import { describe, expect, it } from 'vitest';
import { parseByteRange } from '../../../main/core/byte-range';

describe('parseByteRange', () => {
  it('reads the forms a browser sends', () => {
    expect(parseByteRange('bytes=0-', 10)).toEqual({ start: 0, end: 9 });
    expect(parseByteRange('bytes=-20', 10)).toEqual({ start: 0, end: 9 });
    expect(parseByteRange('bytes=-0', 10)).toBe('unsatisfiable');
    expect(parseByteRange(undefined, 10)).toBeNull();
    expect(parseByteRange('bytes=0-0', 0)).toBe('unsatisfiable');
  });

  it('gives a range in the middle, and cuts one that runs past the end at the last byte', () => {
    expect(parseByteRange('bytes=2-5', 10)).toEqual({ start: 2, end: 5 });
    expect(parseByteRange(' bytes=4-100 ', 10)).toEqual({ start: 4, end: 9 });
    expect(parseByteRange('bytes=-3', 10)).toEqual({ start: 7, end: 9 });
  });

  it('refuses a start at or past the end (416)', () => {
    expect(parseByteRange('bytes=10-', 10)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=50-60', 10)).toBe('unsatisfiable');
  });

  it.each(['bytes=5-2', 'bytes=0-1,4-5', 'items=0-1', 'bytes=-', 'bytes=a-b', ''])(
    'serves the whole file for %j',
    (header) => {
      expect(parseByteRange(header, 10)).toBeNull();
    },
  );
});

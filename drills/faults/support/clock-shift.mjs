/**
 * Preloaded into the host (`NODE_OPTIONS=--import …/clock-shift.mjs`) by the
 * clock drill, where libfaketime is not at hand: shifts this process's wall
 * clock (Date) by the milliseconds written in the file PANO_DRILL_CLOCK_FILE,
 * re-read every 200 ms. performance.now() is left alone, as a real clock step
 * leaves the monotonic clock alone.
 */
import { readFileSync } from 'node:fs';

const file = process.env.PANO_DRILL_CLOCK_FILE;
const RealDate = globalThis.Date;
let offsetMs = 0;

function readOffset() {
  try {
    offsetMs = Number(readFileSync(file, 'utf8').trim()) || 0;
  } catch {
    // no file yet: no shift
  }
}

if (file) {
  readOffset();
  setInterval(readOffset, 200).unref();
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offsetMs);
      else super(...args);
    }

    static now() {
      return RealDate.now() + offsetMs;
    }
  }
  globalThis.Date = ShiftedDate;
}

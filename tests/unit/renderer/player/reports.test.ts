import { describe, expect, it } from 'vitest';
import { screenReportSchema } from '../../../../main/core/screen-report';
import { imageFailedReport, renderErrorReport } from '../../../../renderer/player/reports';
import { slideKey } from '../../../../renderer/player/slide-key';

describe('screen reports', () => {
  it('are accepted by the host even when the text is long', () => {
    const long = 'x'.repeat(10_000);
    expect(screenReportSchema.safeParse(imageFailedReport(long, `/media/${long}`, long)).success).toBe(true);
    expect(screenReportSchema.safeParse(renderErrorReport(new TypeError(long))).success).toBe(true);
  });

  it('name the error and its message', () => {
    expect(renderErrorReport(new TypeError('slides is undefined'))).toEqual({
      type: 'render-error',
      message: 'TypeError: slides is undefined',
    });
    expect(renderErrorReport('boom')).toEqual({ type: 'render-error', message: 'boom' });
  });

  it('never send an empty reason', () => {
    expect(imageFailedReport('bk1', '/media/bk1.jpg', '')).toMatchObject({ reason: 'unknown' });
  });
});

describe('slide keys', () => {
  it('stay the same for the same item and image, so a new state does not restart the slide', () => {
    expect(slideKey({ id: 'bk1', src: '/media/bundled/bk1.jpg' })).toBe(
      slideKey({ id: 'bk1', src: '/media/bundled/bk1.jpg' }),
    );
  });

  it('change when the image of an item changes, or for another item with the same image', () => {
    const key = slideKey({ id: 'bk1', src: '/media/bundled/bk1.jpg' });
    expect(slideKey({ id: 'bk1', src: '/media/cache/abc.jpg' })).not.toBe(key);
    expect(slideKey({ id: 'bk1-copy', src: '/media/bundled/bk1.jpg' })).not.toBe(key);
  });
});

import { describe, expect, it } from 'vitest';
import { SCREEN_REPORT_LIMITS, screenReportSchema } from '../../../../main/core/screen-report';
import { imageFailedReport, renderErrorReport, videoFailedReport } from '../../../../renderer/player/reports';

describe('screen reports', () => {
  it('are accepted by the host even when the text is long', () => {
    const long = 'x'.repeat(10_000);
    expect(screenReportSchema.safeParse(imageFailedReport(long, `/media/${long}`, long)).success).toBe(true);
    expect(screenReportSchema.safeParse(renderErrorReport(new TypeError(long))).success).toBe(true);
  });

  it('use every character the host allows, from the one set of limits', () => {
    const long = 'x'.repeat(10_000);
    const image = imageFailedReport(long, long, long) as { itemId: string; src: string; reason: string };
    expect(image.itemId).toHaveLength(SCREEN_REPORT_LIMITS.itemId);
    expect(image.src).toHaveLength(SCREEN_REPORT_LIMITS.src);
    expect(image.reason).toHaveLength(SCREEN_REPORT_LIMITS.reason);
    expect((renderErrorReport(long) as { message: string }).message).toHaveLength(SCREEN_REPORT_LIMITS.message);
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
    expect(videoFailedReport('phim', '/media/library/phim.webm', '')).toMatchObject({ reason: 'unknown' });
  });

  it('tell a failed video as a video, not as an image', () => {
    expect(videoFailedReport('phim', '/media/library/phim.webm', 'not ready to play within 8000 ms')).toEqual({
      type: 'media-failed',
      kind: 'video',
      itemId: 'phim',
      src: '/media/library/phim.webm',
      reason: 'not ready to play within 8000 ms',
    });
  });

  it('clip a failed video to the same limits, and the host accepts it', () => {
    const long = 'x'.repeat(10_000);
    const video = videoFailedReport(long, long, long) as { itemId: string; src: string; reason: string };
    expect(video.itemId).toHaveLength(SCREEN_REPORT_LIMITS.itemId);
    expect(video.src).toHaveLength(SCREEN_REPORT_LIMITS.src);
    expect(video.reason).toHaveLength(SCREEN_REPORT_LIMITS.reason);
    expect(screenReportSchema.safeParse(video).success).toBe(true);
  });
});

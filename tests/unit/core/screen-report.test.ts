import { describe, expect, it } from 'vitest';
import { SCREEN_REPORT_LIMITS, screenReportSchema } from '../../../main/core/screen-report';

const video = {
  type: 'media-failed',
  kind: 'video',
  itemId: 'phim',
  src: '/media/library/phim.webm?v=1-2',
  reason: 'the video could not be decoded',
};

describe('screenReportSchema', () => {
  it('accepts a failed video', () => {
    expect(screenReportSchema.safeParse(video).success).toBe(true);
  });

  it('still accepts a failed image exactly as before', () => {
    const image = { type: 'image-failed', itemId: 'bk1', src: '/media/bundled/bk1.jpg', reason: 'not a picture' };
    expect(screenReportSchema.parse(image)).toEqual(image);
  });

  it.each([
    ['itemId', SCREEN_REPORT_LIMITS.itemId],
    ['src', SCREEN_REPORT_LIMITS.src],
    ['reason', SCREEN_REPORT_LIMITS.reason],
  ] as const)('bounds a failed video’s %s to %i characters', (field, max) => {
    expect(screenReportSchema.safeParse({ ...video, [field]: 'x'.repeat(max) }).success).toBe(true);
    expect(screenReportSchema.safeParse({ ...video, [field]: 'x'.repeat(max + 1) }).success).toBe(false);
  });

  it.each([
    ['without its kind', { ...video, kind: undefined }],
    ['of an unknown kind', { ...video, kind: 'audio' }],
    ['with an unknown field', { ...video, extra: 1 }],
    ['without a reason', { ...video, reason: undefined }],
  ])('refuses a failed video %s', (_name, report) => {
    expect(screenReportSchema.safeParse(report).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { SCREEN_REPORT_LIMITS, screenReportSchema } from '../../../../../main/core/screen-report';
import { heartbeatReport, reloadingReport, slideShownReport } from '../../../../../renderer/player/kiosk/kiosk-reports';
import { textSlide } from '../item-fixtures';

const long = 'x'.repeat(10_000);
const accepted = (report: unknown) => screenReportSchema.safeParse(report).success;

describe('the kiosk reports of a page', () => {
  it('are accepted by the host even with very long ids and reasons', () => {
    const slide = textSlide({ id: long, itemId: long });
    expect(accepted(heartbeatReport(long, long, 12))).toBe(true);
    expect(accepted(slideShownReport(long, slide, 1_700_000_000_000))).toBe(true);
    expect(accepted(reloadingReport(long, 'blocked', long))).toBe(true);
    const shown = slideShownReport('page', slide, 0) as { itemId: string; slideId: string };
    expect(shown.itemId).toHaveLength(SCREEN_REPORT_LIMITS.itemId);
    expect(shown.slideId).toHaveLength(SCREEN_REPORT_LIMITS.slideId);
  });

  it('say which slide of which item went on screen, of what kind, and when', () => {
    const slide = textSlide({ id: 'chao-mung', itemId: 'chao-mung' });
    expect(slideShownReport('page-1', slide, 1234)).toEqual({
      type: 'slide-shown',
      pageId: 'page-1',
      itemId: 'chao-mung',
      slideId: 'chao-mung',
      kind: 'text',
      atMs: 1234,
    });
  });

  it('send a heartbeat with no slide while none is on screen, and a whole, non-negative lag', () => {
    expect(heartbeatReport('page-1', null, 12.7)).toEqual({
      type: 'heartbeat',
      pageId: 'page-1',
      slideId: null,
      lagMs: 13,
    });
    expect(heartbeatReport('page-1', 'bk1', Number.NaN)).toMatchObject({ lagMs: 0 });
    expect(heartbeatReport('page-1', 'bk1', -5)).toMatchObject({ lagMs: 0 });
  });

  it('never send an empty reload detail', () => {
    expect(reloadingReport('page-1', 'maintenance', '')).toMatchObject({ detail: 'maintenance' });
  });
});

import { describe, expect, it } from 'vitest';
import { previewDays } from '../../../../renderer/console/preview-days';

const HOUR = 3_600_000;
const seg = (startIso: string, endIso: string, rotationId: string | null = null) => ({
  startMs: Date.parse(startIso),
  endMs: Date.parse(endIso),
  rotationId,
  itemIds: ['bk1'],
  announcementIds: [],
});

describe('schedule preview days', () => {
  it('cuts a segment that crosses midnight in the screen zone into two days', () => {
    const days = previewDays(
      [
        seg('2023-05-01T10:00:00+07:00', '2023-05-01T22:00:00+07:00'),
        seg('2023-05-01T22:00:00+07:00', '2023-05-02T07:00:00+07:00', 'dem'),
      ],
      'Asia/Ho_Chi_Minh',
    );
    expect(days).toHaveLength(2);
    expect(days[0]?.startMs).toBe(Date.parse('2023-05-01T00:00:00+07:00'));
    expect(days[0]?.pieces.map((p) => p.rotationId)).toEqual([null, 'dem']);
    expect(days[0]?.pieces[1]?.toFraction).toBe(1);
    expect(days[1]?.pieces[0]).toMatchObject({ rotationId: 'dem', fromFraction: 0, toFraction: 7 / 24 });
  });

  it('gives a spring-forward day 23 hours', () => {
    const days = previewDays([seg('2023-03-26T00:00:00+01:00', '2023-03-27T00:00:00+02:00')], 'Europe/Berlin');
    expect(days).toHaveLength(1);
    expect((days[0]?.endMs ?? 0) - (days[0]?.startMs ?? 0)).toBe(23 * HOUR);
  });

  it('is empty without segments and stops at the day limit', () => {
    expect(previewDays([], 'UTC')).toEqual([]);
    expect(previewDays([seg('2023-05-01T00:00:00Z', '2023-05-20T00:00:00Z')], 'UTC', 3)).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import { schedulePreview } from '../../../../main/core/schedule/schedule-preview';
import { announcement, hallState, hanoi, imageSlide, scheduled } from './state-fixtures';

describe('schedulePreview', () => {
  const evening = scheduled('buoi-toi', 10, { times: [{ start: '22:00', end: '02:00' }] }, ['toi1']);
  const lunch = imageSlide('bua-trua', { times: [{ start: '11:00', end: '13:00' }] });
  const meeting = announcement('hop', 'takeover', hanoi('2023-05-10', '11:30'), hanoi('2023-05-10', '11:45'));
  const state = hallState({
    slides: [imageSlide('bk1'), lunch],
    scheduled: [evening],
    announcements: [meeting],
  });

  it('shows a day as the default rotation, the lunch item at noon, and the evening playlist at night', () => {
    const segments = schedulePreview(state, hanoi('2023-05-10'), 1);
    expect(
      segments.map(({ startMs, endMs, rotationId, itemIds }) => ({ startMs, endMs, rotationId, itemIds })),
    ).toEqual([
      { startMs: hanoi('2023-05-10'), endMs: hanoi('2023-05-10', '02:00'), rotationId: 'buoi-toi', itemIds: ['toi1'] },
      {
        startMs: hanoi('2023-05-10', '02:00'),
        endMs: hanoi('2023-05-10', '11:00'),
        rotationId: null,
        itemIds: ['bk1'],
      },
      {
        startMs: hanoi('2023-05-10', '11:00'),
        endMs: hanoi('2023-05-10', '13:00'),
        rotationId: null,
        itemIds: ['bk1', 'bua-trua'],
      },
      {
        startMs: hanoi('2023-05-10', '13:00'),
        endMs: hanoi('2023-05-10', '22:00'),
        rotationId: null,
        itemIds: ['bk1'],
      },
      { startMs: hanoi('2023-05-10', '22:00'), endMs: hanoi('2023-05-11'), rotationId: 'buoi-toi', itemIds: ['toi1'] },
    ]);
    expect(segments[2]?.announcementIds).toEqual(['hop']);
    expect(segments[1]?.announcementIds).toEqual([]);
  });

  it('covers seven days without gaps and merges the lunch item hidden behind the evening playlist', () => {
    const fromMs = hanoi('2023-05-10', '09:17');
    const segments = schedulePreview(state, fromMs, 7);
    expect(segments[0]?.startMs).toBe(fromMs);
    expect(segments.at(-1)?.endMs).toBe(fromMs + 7 * 86_400_000);
    for (let index = 1; index < segments.length; index++) {
      expect(segments[index]?.startMs).toBe(segments[index - 1]?.endMs);
      expect(segments[index]).not.toMatchObject({
        rotationId: segments[index - 1]?.rotationId,
        itemIds: segments[index - 1]?.itemIds,
      });
    }
    expect(segments).toHaveLength(1 + 7 * 4);
  });

  it('is empty for no days', () => {
    expect(schedulePreview(state, hanoi('2023-05-10'), 0)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { activeAnnouncements } from '../../../../main/core/schedule/active-announcements';
import { announcement, hallState, hanoi } from './state-fixtures';

describe('activeAnnouncements', () => {
  const fire = announcement('bao-chay', 'takeover', hanoi('2023-10-20', '08:00'), hanoi('2023-10-20', '08:30'));
  const meeting = announcement('hop', 'takeover', hanoi('2023-10-20', '08:10'), hanoi('2023-10-20', '09:00'));
  const parking = announcement('do-xe', 'banner', hanoi('2023-10-20', '07:00'), hanoi('2023-10-20', '18:00'));
  const lunch = announcement('an-trua', 'banner', hanoi('2023-10-20', '06:00'), hanoi('2023-10-20', '14:00'));
  const state = hallState({ announcements: [fire, meeting, parking, lunch] });

  it('shows an announcement from its start and no longer at its end', () => {
    expect(activeAnnouncements(state, hanoi('2023-10-20', '08:00')).takeover?.id).toBe('bao-chay');
    expect(activeAnnouncements(state, hanoi('2023-10-20', '07:59')).takeover).toBeNull();
    expect(activeAnnouncements(state, hanoi('2023-10-20', '09:00')).takeover).toBeNull();
  });

  it('lets the takeover that started last win, and the earlier one return if it is still on when that ends', () => {
    expect(activeAnnouncements(state, hanoi('2023-10-20', '08:15')).takeover?.id).toBe('hop');
  });

  it('lists banners in the order they started, not the order they were saved', () => {
    expect(activeAnnouncements(state, hanoi('2023-10-20', '12:00')).banners.map((b) => b.id)).toEqual([
      'an-trua',
      'do-xe',
    ]);
  });

  it('names the next start or end as the moment to look again, and null when nothing is left', () => {
    expect(activeAnnouncements(state, hanoi('2023-10-20', '08:00')).nextChangeAtMs).toBe(hanoi('2023-10-20', '08:10'));
    expect(activeAnnouncements(state, hanoi('2023-10-20', '18:00')).nextChangeAtMs).toBeNull();
  });
});

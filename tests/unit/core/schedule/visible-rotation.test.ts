import { describe, expect, it } from 'vitest';
import { visibleRotation } from '../../../../main/core/schedule/visible-rotation';
import { positionAt } from '../../../../main/core/timeline';
import { countdown, hallState, hanoi, imageSlide, scheduled } from './state-fixtures';

const ids = (slides: readonly { id: string }[]) => slides.map((slide) => slide.id);

describe('visibleRotation', () => {
  const evening = scheduled('buoi-toi', 10, { times: [{ start: '22:00', end: '02:00' }] }, ['toi1', 'toi2']);
  const congress = scheduled('dai-hoi', 20, { from: '2023-05-20', until: '2023-05-31' }, ['dh1']);
  const state = hallState({ scheduled: [evening, congress], epochMs: hanoi('2023-05-01') });

  it('plays the evening playlist at 22:30 and at 01:59, not at 02:00, and the default rotation in the day', () => {
    expect(visibleRotation(state, hanoi('2023-05-10', '22:30')).rotationId).toBe('buoi-toi');
    expect(visibleRotation(state, hanoi('2023-05-11', '01:59')).rotationId).toBe('buoi-toi');
    expect(visibleRotation(state, hanoi('2023-05-11', '02:00')).rotationId).toBeNull();
    const day = visibleRotation(state, hanoi('2023-05-11', '10:00'));
    expect(day.rotationId).toBeNull();
    expect(ids(day.slides)).toEqual(['bk1', 'bk2', 'bk3', 'bk4', 'bk5']);
    expect(day.marquee).toBe(state.marquee);
  });

  it('lets the congress campaign (priority 20) win over the evening playlist while both hold', () => {
    expect(visibleRotation(state, hanoi('2023-05-25', '23:00')).rotationId).toBe('dai-hoi');
    expect(visibleRotation(state, hanoi('2023-05-31', '23:59')).rotationId).toBe('dai-hoi');
    // 1 June 00:30: the campaign is over; the evening window that began on the 31st still runs.
    expect(visibleRotation(state, hanoi('2023-06-01', '00:30')).rotationId).toBe('buoi-toi');
  });

  it('names the next moment to look again: the end of the evening window', () => {
    expect(visibleRotation(state, hanoi('2023-05-10', '22:30')).nextChangeAtMs).toBe(hanoi('2023-05-11', '02:00'));
    expect(visibleRotation(state, hanoi('2023-05-11', '10:00')).nextChangeAtMs).toBe(hanoi('2023-05-11', '22:00'));
  });

  it('counts the timeline from when the evening playlist began, so a reload at 23:13 resumes where it was', () => {
    const at = visibleRotation(state, hanoi('2023-05-10', '23:13'));
    expect(at.epochMs).toBe(hanoi('2023-05-10', '22:00'));
    const reloaded = visibleRotation(state, hanoi('2023-05-10', '23:13'));
    expect(reloaded).toEqual(at);
    expect(visibleRotation(state, hanoi('2023-05-11', '01:00')).epochMs).toBe(hanoi('2023-05-10', '22:00'));
    // Back to the default rotation at 02:00: it restarts from bk1 there.
    const morning = visibleRotation(state, hanoi('2023-05-11', '09:00'));
    expect(morning.epochMs).toBe(hanoi('2023-05-11', '02:00'));
    expect(positionAt(morning.slides, morning.epochMs, hanoi('2023-05-11', '02:00'))?.item.id).toBe('bk1');
  });

  it('never counts from before the state epoch the host gave', () => {
    const fresh = { ...state, epochMs: hanoi('2023-05-10', '23:00') };
    expect(visibleRotation(fresh, hanoi('2023-05-10', '23:30')).epochMs).toBe(hanoi('2023-05-10', '23:00'));
  });

  it('shows an item only inside its own schedule, restarting the rotation when the item comes or goes', () => {
    const lunch = imageSlide('bua-trua', { times: [{ start: '11:00', end: '13:00' }] });
    const withLunch = hallState({ slides: [imageSlide('bk1'), lunch], epochMs: hanoi('2023-05-01') });
    expect(ids(visibleRotation(withLunch, hanoi('2023-05-10', '10:59')).slides)).toEqual(['bk1']);
    const noon = visibleRotation(withLunch, hanoi('2023-05-10', '12:00'));
    expect(ids(noon.slides)).toEqual(['bk1', 'bua-trua']);
    expect(noon.epochMs).toBe(hanoi('2023-05-10', '11:00'));
  });

  it('drops a countdown without a done text once its moment has passed, and keeps one with a done text', () => {
    const target = hanoi('2023-12-01', '08:00');
    const slides = [
      imageSlide('bk1'),
      countdown('dem-nguoc', target, null),
      countdown('chao-mung', target, 'Chào mừng'),
    ];
    const withCountdowns = hallState({ slides });
    const before = visibleRotation(withCountdowns, target - 1);
    expect(ids(before.slides)).toEqual(['bk1', 'dem-nguoc', 'chao-mung']);
    expect(before.nextChangeAtMs).toBe(target);
    const after = visibleRotation(withCountdowns, target);
    expect(ids(after.slides)).toEqual(['bk1', 'chao-mung']);
    expect(after.epochMs).toBe(target);
  });

  it('falls back to the default rotation when the scheduled playlist has nothing to show', () => {
    const empty = scheduled('trong', 50, {}, []);
    const allAway = { ...scheduled('het-gio', 40, {}, []), slides: [imageSlide('x', { from: '2030-01-01' })] };
    const fallback = visibleRotation(hallState({ scheduled: [empty, allAway] }), hanoi('2023-05-10', '12:00'));
    expect(fallback.rotationId).toBeNull();
    expect(fallback.slides).toHaveLength(5);
  });

  it('breaks a tie of priorities by list order and uses the scheduled marquee when it has one', () => {
    const first = { ...scheduled('a', 5, {}, ['a1']), marquee: { slogans: ['A'], speedPxPerS: 90 } };
    const second = scheduled('b', 5, {}, ['b1']);
    const chosen = visibleRotation(hallState({ scheduled: [first, second] }), hanoi('2023-05-10'));
    expect(chosen.rotationId).toBe('a');
    expect(chosen.marquee.slogans).toEqual(['A']);
  });
});

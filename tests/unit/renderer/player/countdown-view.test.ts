import { describe, expect, it } from 'vitest';
import { countdownParts, countdownSentence, countdownView } from '../../../../renderer/player/countdown-view';
import { CONGRESS_AT_MS, countdownSlide } from './item-fixtures';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('the time left on a countdown', () => {
  it('reads days and hours while more than a day is left', () => {
    expect(countdownParts(CONGRESS_AT_MS, CONGRESS_AT_MS - (12 * DAY + 5 * HOUR + 30 * MINUTE))).toEqual([
      { value: 12, unit: 'ngày' },
      { value: 5, unit: 'giờ' },
    ]);
  });

  it('leaves out zero hours on a whole number of days', () => {
    expect(countdownParts(CONGRESS_AT_MS, CONGRESS_AT_MS - 12 * DAY)).toEqual([{ value: 12, unit: 'ngày' }]);
  });

  it('turns a day over only when a whole day is gone (minutes count up)', () => {
    expect(countdownParts(CONGRESS_AT_MS, CONGRESS_AT_MS - DAY - 1)).toEqual([{ value: 1, unit: 'ngày' }]);
    expect(countdownParts(CONGRESS_AT_MS, CONGRESS_AT_MS - DAY)).toEqual([{ value: 1, unit: 'ngày' }]);
    expect(countdownParts(CONGRESS_AT_MS, CONGRESS_AT_MS - DAY + MINUTE)).toEqual([
      { value: 23, unit: 'giờ' },
      { value: 59, unit: 'phút' },
    ]);
  });

  it('reads hours and minutes in the last day, and one minute in the last seconds', () => {
    expect(countdownParts(CONGRESS_AT_MS, CONGRESS_AT_MS - (5 * HOUR + 7 * MINUTE))).toEqual([
      { value: 5, unit: 'giờ' },
      { value: 7, unit: 'phút' },
    ]);
    expect(countdownParts(CONGRESS_AT_MS, CONGRESS_AT_MS - 2 * HOUR)).toEqual([{ value: 2, unit: 'giờ' }]);
    expect(countdownParts(CONGRESS_AT_MS, CONGRESS_AT_MS - 59 * MINUTE)).toEqual([{ value: 59, unit: 'phút' }]);
    expect(countdownParts(CONGRESS_AT_MS, CONGRESS_AT_MS - 30_000)).toEqual([{ value: 1, unit: 'phút' }]);
  });

  it('changes hour exactly on the hour boundary', () => {
    expect(countdownParts(CONGRESS_AT_MS, CONGRESS_AT_MS - 3 * DAY - 5 * HOUR)).toEqual([
      { value: 3, unit: 'ngày' },
      { value: 5, unit: 'giờ' },
    ]);
    expect(countdownParts(CONGRESS_AT_MS, CONGRESS_AT_MS - 3 * DAY - 5 * HOUR + MINUTE)).toEqual([
      { value: 3, unit: 'ngày' },
      { value: 4, unit: 'giờ' },
    ]);
  });

  it('is empty from the target on', () => {
    expect(countdownParts(CONGRESS_AT_MS, CONGRESS_AT_MS)).toEqual([]);
    expect(countdownParts(CONGRESS_AT_MS, CONGRESS_AT_MS + DAY)).toEqual([]);
  });

  it('is a duration: the same across a DST change in a zone that has one', () => {
    // Europe/Berlin left summer time on 2023-10-29; 48 real hours are still 2 days.
    const target = Date.parse('2023-10-30T12:00:00+01:00');
    expect(countdownParts(target, target - 48 * HOUR)).toEqual([{ value: 2, unit: 'ngày' }]);
  });
});

describe('the countdown slide', () => {
  it('says "Còn 12 ngày 5 giờ đến Đại hội XIII Công đoàn Việt Nam"', () => {
    const view = countdownView(countdownSlide(), CONGRESS_AT_MS - (12 * DAY + 5 * HOUR));
    expect(countdownSentence(view)).toBe('Còn 12 ngày 5 giờ đến Đại hội XIII Công đoàn Việt Nam');
  });

  it('shows the done text once the moment has passed', () => {
    const view = countdownView(countdownSlide(), CONGRESS_AT_MS + MINUTE);
    expect(view).toEqual({
      done: true,
      title: 'Đại hội XIII Công đoàn Việt Nam',
      doneText: 'Chào mừng Đại hội XIII Công đoàn Việt Nam',
    });
  });

  it('has no done text when the item has none (or only blanks)', () => {
    expect(countdownView(countdownSlide({ doneText: null }), CONGRESS_AT_MS)).toMatchObject({ doneText: null });
    expect(countdownView(countdownSlide({ doneText: '  ' }), CONGRESS_AT_MS)).toMatchObject({ doneText: null });
  });

  it('prints NFC text: a title typed in decomposed form matches the composed one', () => {
    const decomposed = 'Đại hội Công đoàn'.normalize('NFD');
    const view = countdownView(countdownSlide({ title: decomposed }), CONGRESS_AT_MS - DAY);
    expect(view.title).toBe('Đại hội Công đoàn'.normalize('NFC'));
  });
});

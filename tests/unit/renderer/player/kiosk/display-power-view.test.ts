import { describe, expect, it } from 'vitest';
import { displayPowerSettingsSchema } from '../../../../../main/core/kiosk/display-power-policy';
import type { PlayerState } from '../../../../../main/core/player-state';
import { displayPowerAt, sameDisplayPower } from '../../../../../renderer/player/kiosk/display-power-view';

const hanoi = (iso: string) => Date.parse(`${iso}+07:00`);
const everyDay = [{ start: '06:00', end: '22:00' }];
const hours = displayPowerSettingsSchema.parse({
  enabled: true,
  on: { mon: everyDay, tue: everyDay, wed: everyDay, thu: everyDay, fri: everyDay, sat: everyDay, sun: everyDay },
});

function state(displayPower = hours): PlayerState {
  return { timezone: 'Asia/Ho_Chi_Minh', displayPower } as PlayerState;
}

describe('the display power of a screen', () => {
  it('is dark at 23:00 and wakes at 06:00 the next morning (2024-03-05 is a Tuesday)', () => {
    expect(displayPowerAt(state(), hanoi('2024-03-05T23:00:00'))).toEqual({
      on: false,
      nextChangeAtMs: hanoi('2024-03-06T06:00:00'),
    });
  });

  it('is lit at noon until 22:00', () => {
    expect(displayPowerAt(state(), hanoi('2024-03-05T12:00:00'))).toEqual({
      on: true,
      nextChangeAtMs: hanoi('2024-03-05T22:00:00'),
    });
  });

  it('is always lit, with nothing to wait for, while display power is not enabled', () => {
    const off = displayPowerSettingsSchema.parse({});
    expect(displayPowerAt(state(off), hanoi('2024-03-05T23:00:00'))).toEqual({ on: true, nextChangeAtMs: null });
  });

  it('counts as the same for the screen while lit or dark alike', () => {
    expect(sameDisplayPower({ on: true, nextChangeAtMs: 1 }, { on: true, nextChangeAtMs: 2 })).toBe(true);
    expect(sameDisplayPower({ on: true, nextChangeAtMs: 1 }, { on: false, nextChangeAtMs: 1 })).toBe(false);
  });
});

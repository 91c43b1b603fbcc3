import { describe, expect, it } from 'vitest';
import { positionAt, type TimedItem } from '../../../main/core/timeline';

// 08:00 on 3 February 2024 in Bắc Kạn (UTC+7), the Party's anniversary: a real moment a hall would start.
const EPOCH_MS = Date.UTC(2024, 1, 3, 1, 0, 0);
const S = 1000;

// The default rotation shape: bk1…bk5 at 8 s each, then one 12 s news slide. One pass = 52 s.
const ROTATION: TimedItem[] = [
  { id: 'bk1', durationMs: 8 * S },
  { id: 'bk2', durationMs: 8 * S },
  { id: 'bk3', durationMs: 8 * S },
  { id: 'bk4', durationMs: 8 * S },
  { id: 'bk5', durationMs: 8 * S },
  { id: 'tin-dai-hoi', durationMs: 12 * S },
];
const CYCLE_MS = 52 * S;

const idAt = (items: readonly TimedItem[], nowMs: number) => positionAt(items, EPOCH_MS, nowMs)?.item.id;

describe('positionAt', () => {
  it('shows the first item from the very start of the rotation', () => {
    const position = positionAt(ROTATION, EPOCH_MS, EPOCH_MS);
    expect(position).toMatchObject({
      index: 0,
      item: { id: 'bk1' },
      startedAtMs: EPOCH_MS,
      endsAtMs: EPOCH_MS + 8 * S,
      offsetMs: 0,
      nextIndex: 1,
      next: { id: 'bk2' },
    });
  });

  it('switches to the next item exactly at the boundary and not a millisecond earlier', () => {
    expect(positionAt(ROTATION, EPOCH_MS, EPOCH_MS + 8 * S - 1)).toMatchObject({ item: { id: 'bk1' }, offsetMs: 7999 });
    expect(positionAt(ROTATION, EPOCH_MS, EPOCH_MS + 8 * S)).toMatchObject({
      item: { id: 'bk2' },
      startedAtMs: EPOCH_MS + 8 * S,
      offsetMs: 0,
    });
    expect(idAt(ROTATION, EPOCH_MS + 16 * S - 1)).toBe('bk2');
    expect(idAt(ROTATION, EPOCH_MS + 16 * S)).toBe('bk3');
  });

  it('wraps around from the last item to the first one', () => {
    const last = positionAt(ROTATION, EPOCH_MS, EPOCH_MS + CYCLE_MS - 1);
    expect(last).toMatchObject({
      index: 5,
      item: { id: 'tin-dai-hoi' },
      endsAtMs: EPOCH_MS + CYCLE_MS,
      nextIndex: 0,
      next: { id: 'bk1' },
    });
    expect(positionAt(ROTATION, EPOCH_MS, EPOCH_MS + CYCLE_MS)).toMatchObject({
      index: 0,
      item: { id: 'bk1' },
      startedAtMs: EPOCH_MS + CYCLE_MS,
      offsetMs: 0,
    });
  });

  it('lets a screen reloaded mid-slide resume at the same item and offset', () => {
    // Three passes in, 4.5 s into bk3; the page reloads and asks again 1.2 s later.
    const beforeReload = EPOCH_MS + 3 * CYCLE_MS + 16 * S + 4500;
    const afterReload = beforeReload + 1200;
    const before = positionAt(ROTATION, EPOCH_MS, beforeReload);
    const after = positionAt(ROTATION, EPOCH_MS, afterReload);

    expect(before).toMatchObject({ item: { id: 'bk3' }, offsetMs: 4500 });
    expect(after).toMatchObject({ item: { id: 'bk3' }, offsetMs: 5700 });
    expect(after?.startedAtMs).toBe(before?.startedAtMs);
    expect(after?.endsAtMs).toBe(before?.endsAtMs);
    expect(after?.startedAtMs).toBe(EPOCH_MS + 3 * CYCLE_MS + 16 * S);
  });

  it('keeps a single item on screen as its own next, restarting it every cycle', () => {
    const only = [{ id: 'bk1', durationMs: 8 * S }];
    const first = positionAt(only, EPOCH_MS, EPOCH_MS + 3000);
    const third = positionAt(only, EPOCH_MS, EPOCH_MS + 2 * 8 * S + 3000);

    expect(first).toMatchObject({ index: 0, nextIndex: 0, next: { id: 'bk1' }, startedAtMs: EPOCH_MS, offsetMs: 3000 });
    expect(third).toMatchObject({ index: 0, nextIndex: 0, startedAtMs: EPOCH_MS + 16 * S, offsetMs: 3000 });
    expect(third?.endsAtMs).toBe(EPOCH_MS + 24 * S);
  });

  it('has nothing to show for an empty rotation', () => {
    expect(positionAt([], EPOCH_MS, EPOCH_MS + 5000)).toBeNull();
  });

  it('has nothing to show when no item has any time on screen', () => {
    expect(positionAt([{ id: 'bk1', durationMs: 0 }], EPOCH_MS, EPOCH_MS)).toBeNull();
  });

  it('still shows a well-defined item when the screen clock is behind the epoch', () => {
    // 1 ms before the epoch is the last millisecond of the previous pass.
    expect(positionAt(ROTATION, EPOCH_MS, EPOCH_MS - 1)).toMatchObject({
      item: { id: 'tin-dai-hoi' },
      offsetMs: 11_999,
      endsAtMs: EPOCH_MS,
      next: { id: 'bk1' },
    });
    // 50 s before the epoch: 2 s into the previous pass, so bk1.
    expect(positionAt(ROTATION, EPOCH_MS, EPOCH_MS - 50 * S)).toMatchObject({
      item: { id: 'bk1' },
      startedAtMs: EPOCH_MS - CYCLE_MS,
      offsetMs: 2000,
    });
  });

  it('is still exact to the millisecond a year after the epoch', () => {
    // 365 days = 31 536 000 000 ms = 606 461 passes of 52 s plus 28 s: 4 s into bk4; then 123 ms more.
    const nowMs = EPOCH_MS + 365 * 86_400 * S + 123;
    const position = positionAt(ROTATION, EPOCH_MS, nowMs);

    expect(position).toMatchObject({ index: 3, item: { id: 'bk4' }, offsetMs: 4123 });
    expect(position?.startedAtMs).toBe(nowMs - 4123);
    expect(position?.endsAtMs).toBe(nowMs - 4123 + 8 * S);
    expect(Number.isInteger(position?.startedAtMs)).toBe(true);
    expect(Number.isInteger(position?.offsetMs)).toBe(true);
  });

  it('gives each item its own duration when durations differ', () => {
    const mixed = [
      { id: 'bk1', durationMs: 8 * S },
      { id: 'tin-dai-hoi', durationMs: 12 * S },
      { id: 'bk2', durationMs: 5 * S },
    ];
    expect(idAt(mixed, EPOCH_MS + 7999)).toBe('bk1');
    expect(positionAt(mixed, EPOCH_MS, EPOCH_MS + 8 * S)).toMatchObject({
      item: { id: 'tin-dai-hoi' },
      endsAtMs: EPOCH_MS + 20 * S,
    });
    expect(idAt(mixed, EPOCH_MS + 20 * S - 1)).toBe('tin-dai-hoi');
    expect(positionAt(mixed, EPOCH_MS, EPOCH_MS + 20 * S)).toMatchObject({
      item: { id: 'bk2' },
      endsAtMs: EPOCH_MS + 25 * S,
      next: { id: 'bk1' },
    });
    expect(idAt(mixed, EPOCH_MS + 25 * S)).toBe('bk1');
  });
});

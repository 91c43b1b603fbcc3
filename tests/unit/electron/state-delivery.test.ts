import { describe, expect, it } from 'vitest';
import type { PlayerState } from '../../../main/core/player-state';
import { createStateDelivery } from '../../../main/electron/state-delivery';

const state = (revision: number) => ({ revision }) as PlayerState;

describe('createStateDelivery', () => {
  it('holds states back until the page has asked for one', () => {
    const delivery = createStateDelivery();
    expect(delivery.offer(state(1))).toBeNull();
    expect(delivery.offer(state(2))).toBeNull();
    delivery.answered(2);
    expect(delivery.offer(state(3))).toEqual(state(3));
  });

  it('sends a state the page missed while loading when it reports ready', () => {
    const delivery = createStateDelivery();
    delivery.offer(state(4));
    expect(delivery.ready(3)).toEqual(state(4));
    expect(delivery.ready(4)).toBeNull();
  });

  it('does not resend what the page already has', () => {
    const delivery = createStateDelivery();
    delivery.answered(5);
    expect(delivery.offer(state(5))).toBeNull();
  });

  it('never goes back to an older state', () => {
    const delivery = createStateDelivery();
    delivery.answered(0);
    delivery.offer(state(7));
    expect(delivery.offer(state(6))).toBeNull();
    expect(delivery.ready(0)).toEqual(state(7));
  });

  it('holds states again while the page reloads', () => {
    const delivery = createStateDelivery();
    delivery.answered(1);
    delivery.reset();
    expect(delivery.offer(state(2))).toBeNull();
    delivery.answered(1);
    expect(delivery.ready(1)).toEqual(state(2));
  });
});

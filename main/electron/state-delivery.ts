/**
 * When the kiosk may push a state to its window. Until the page has asked for
 * the state (or said it is ready), a pushed message would land before its
 * listener exists and be lost, so only the newest state is kept and sent once
 * the page can take it. Newer states replace older ones: nothing is replayed.
 */
import type { PlayerState } from '../core/player-state';

/** Tracks one window's readiness and decides which state to send when. */
export interface StateDelivery {
  /** A new state from the host; returns it when it should be sent now. */
  offer(state: PlayerState): PlayerState | null;
  /** The page invoked GetState and got `revision`: it is alive and listening from here on. */
  answered(revision: number): void;
  /** The page reported ready at `revision`; returns a newer state it missed, if any. */
  ready(revision: number): PlayerState | null;
  /** The page is reloading or its renderer died: hold states until it asks again. */
  reset(): void;
}

/** A StateDelivery for one window. */
export function createStateDelivery(): StateDelivery {
  let latest: PlayerState | null = null;
  let listening = false;
  let knownRevision = -1;

  const sendIfNewer = (): PlayerState | null => {
    if (!listening || !latest || latest.revision <= knownRevision) return null;
    knownRevision = latest.revision;
    return latest;
  };

  return {
    offer(state) {
      if (!latest || state.revision >= latest.revision) latest = state;
      return sendIfNewer();
    },
    answered(revision) {
      listening = true;
      knownRevision = Math.max(knownRevision, revision);
    },
    ready(revision) {
      listening = true;
      // The page says what it shows; trust that over what we sent, in case a message was lost.
      knownRevision = revision;
      return sendIfNewer();
    },
    reset() {
      listening = false;
      knownRevision = -1;
    },
  };
}

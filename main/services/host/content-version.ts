/** A short name for what a screen plays, so a technician can see from /metrics that every kiosk plays the same. */
import { createHash } from 'node:crypto';
import type { PlayerState } from '../../core/player-state';

/**
 * 12 hex digits of a hash of the state without its counters: two kiosks given the same
 * playlist, announcements and news show the same version, whenever they started.
 */
export function contentVersion(state: PlayerState): string {
  const { revision: _revision, epochMs: _epochMs, version: _version, ...content } = state;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
}

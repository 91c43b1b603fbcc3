/**
 * Staged rollout: electron-builder's `stagingPercentage` says how many screens in a
 * hundred take a release. Each kiosk owns a stable number 0..99 derived from its id, so
 * the same screens go first every time and a screen never flips in and out of a rollout.
 */

/** The kiosk's rollout number, 0..99, from a stable id (FNV-1a, 32-bit: spreads short ids evenly). */
export function rolloutBucket(kioskId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < kioskId.length; i++) {
    hash ^= kioskId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100;
}

/** Whether a kiosk with `bucket` takes a release staged at `stagingPercentage` (absent: everyone). */
export function inRollout(bucket: number, stagingPercentage: number | undefined): boolean {
  if (stagingPercentage === undefined) return true;
  return bucket < stagingPercentage;
}

/**
 * The fault drills of issue 7: disk, network and process faults against the
 * real host (and the player page), each judging that the screen keeps playing,
 * nothing good is lost and the operator is told.
 */
import type { Drill } from '../drill';
import { DISK_DRILLS } from './disk';
import { NETWORK_DRILLS } from './network';
import { KILL_DRILLS } from './kills';
import { CORRUPTION_DRILLS } from './corruption';
import { RENDERER_DRILLS } from './renderer-stop';

export const FAULT_DRILLS: Drill[] = [
  ...DISK_DRILLS,
  ...NETWORK_DRILLS,
  ...KILL_DRILLS,
  ...CORRUPTION_DRILLS,
  ...RENDERER_DRILLS,
];

/**
 * The fault drills of issue 7: disk, network and process faults against the
 * real host (and the player page), each judging that the screen keeps playing,
 * nothing good is lost and the operator is told.
 */
import type { Drill } from '../drill';
import { CLOCK_DRILLS } from './clock';
import { CORRUPTION_DRILLS } from './corruption';
import { DISK_DRILLS } from './disk';
import { KILL_DRILLS } from './kills';
import { NETWORK_DRILLS } from './network';
import { RENDERER_DRILLS } from './renderer-stop';

export const FAULT_DRILLS: Drill[] = [
  ...DISK_DRILLS,
  ...CORRUPTION_DRILLS,
  ...CLOCK_DRILLS,
  ...NETWORK_DRILLS,
  ...KILL_DRILLS,
  ...RENDERER_DRILLS,
];

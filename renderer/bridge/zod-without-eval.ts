/**
 * The player's CSP forbids eval. zod probes `new Function` when it builds its
 * first object schema (a CSP violation on every page load) unless it is told
 * to interpret instead. Import this before any module that builds a schema.
 */
import { z } from 'zod';

z.config({ jitless: true });

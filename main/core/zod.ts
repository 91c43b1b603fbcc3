/**
 * zod as core uses it: told to interpret, never to compile validators with
 * `new Function`. The player's and console's CSP forbid eval, and zod probes
 * it when it builds its first object schema — in a shared bundle chunk that
 * can run before any page code, so the setting lives here, in the module
 * every core schema imports (the lint rule makes that mechanical).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

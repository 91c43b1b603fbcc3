/**
 * zod as core uses it: told to interpret, never to compile validators with
 * `new Function`. The player's and console's CSP forbid eval, and zod probes
 * it when it builds its first object schema — in a shared bundle chunk that
 * can run before any page code, so the setting lives here, in the module
 * every core schema imports (the lint rule makes that mechanical).
 */
import { z } from 'zod';

/** How a field's expected type reads in a message to an operator. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

z.config({
  jitless: true,
  // Where a schema gives no message of its own, zod's words ("Invalid input: expected string, received
  // undefined") would reach operators; a message written on a schema still wins over this one.
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined) return 'is required';
    if (typeof issue.input === 'number' && Number.isNaN(issue.input)) return 'must be a number, not NaN';
    return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
  },
});

export { z };

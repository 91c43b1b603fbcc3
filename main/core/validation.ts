/**
 * Turning zod issues into messages an operator can act on: the file, the field
 * (as a path like `items[2].durationS`) and why.
 */
import type { z } from 'zod';

/** One problem with an input, in words. */
export interface FieldProblem {
  /** Where in the document, e.g. `items[2].durationS`; empty for the whole document. */
  field: string;
  message: string;
}

/** The result of checking outside input: a value, or problems naming their fields. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** `items[2].durationS` from `['items', 2, 'durationS']`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Flattens zod issues (including unknown keys, one problem per key) into field problems. */
export function problemsFromZod(error: z.ZodError): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ field: fieldPath([...issue.path, key]), message: 'is not a known field' });
      }
    } else {
      problems.push({ field: fieldPath(issue.path), message: issue.message });
    }
  }
  return problems;
}

/** One line per problem: `items[2].durationS: must be greater than 0`. */
export function describeProblems(problems: readonly FieldProblem[]): string {
  return problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ');
}

/** Validates a value against a schema, returning field problems rather than throwing. */
export function checkWith<T>(schema: z.ZodType<T>, value: unknown): Checked<T> {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problemsFromZod(result.error) };
}

/** Parses JSON text, returning a problem that says where the syntax broke. */
export function parseJsonText(text: string): Checked<unknown> {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ field: '', message: `is not valid JSON (${reason})` }] };
  }
}

/**
 * Faults the fuzzers found in files this suite may not change, each waiting for its owner. They are listed by
 * where they show (the validator and the field path) so that every other field still gets the full check, and
 * so that this list can only shrink: delete an entry once its fix lands, and the fuzzers check that spot again.
 *
 * All of them are zod's default wording for a missing required field, "Invalid input: expected string,
 * received undefined", from schemas that give no message of their own. One fix covers them all: a customError in
 * main/core/zod.ts that says "is required" for a missing field and "must be text / a number / …" otherwise
 * (see the issue-7 fuzz report for the exact code).
 */

/** A message zod writes itself when a required field is missing. */
const ZOD_MISSING_FIELD = /^Invalid input: expected \w+, received undefined$/u;

interface AwaitingFix {
  /** The validator as the fuzz test names it. */
  where: RegExp;
  /** The field path of the problem. */
  field: RegExp;
  /** The file that holds the schema. */
  file: string;
}

const AWAITING: readonly AwaitingFix[] = [
  // announcementSchema's id and title, and the announcement itself, have no message for "missing".
  {
    where: /^POST \/api\/announcements$/u,
    field: /^announcement(\.(id|title))?$/u,
    file: 'main/core/announcements.ts',
  },
  // The report a screen POSTs: no message for a missing body or field.
  { where: /^POST \/player\/report$/u, field: /^(|\w+)$/u, file: 'main/core/screen-report.ts' },
  // A scheduled playlist without its (required) schedule.
  {
    where: /^(parsePlaylist|PUT \/api\/playlist)$/u,
    field: /(^|\.)schedule$/u,
    file: 'main/core/schedule/schedule-schema.ts',
  },
];

/** True when `message` at `field` of `where` is a fault already reported to the owner of its file. */
export function isAwaitingFix(where: string, field: string, message: string): boolean {
  return (
    ZOD_MISSING_FIELD.test(message) && AWAITING.some((entry) => entry.where.test(where) && entry.field.test(field))
  );
}

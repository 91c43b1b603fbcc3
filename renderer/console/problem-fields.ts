/**
 * Puts the server's field problems (`playlist.items[2].durationS: …`) next to
 * the form fields they name. Items are found by id, not by index, because the
 * operator may reorder cards after a failed save.
 */
import type { FieldProblem } from '../../main/core/validation';
import type { Playlist } from '../../main/core/playlist/schema';

/** Where a problem belongs on the page. */
export interface FieldTarget {
  /** `default`, `marquee`, or `pl:<id>` for a scheduled playlist. */
  list: string;
  /** The card's item id, or null for a field of the list itself (priority, schedule, marquee text). */
  itemId: string | null;
  /** The path inside the item or list, e.g. `durationS`, `schedule.times[0].end`; '' for the whole. */
  field: string;
}

/** The key a form asks for: `default/bk1/durationS`, `pl:evening//priority`. */
export function fieldKey(target: FieldTarget): string {
  return `${target.list}/${target.itemId ?? ''}/${target.field}`;
}

const ITEM = /^items\[(\d+)\](?:\.(.*))?$/;
const SCHEDULED = /^playlists\[(\d+)\](?:\.(.*))?$/;

function itemTarget(list: string, rest: string, items: readonly { id: string }[]): FieldTarget | null {
  const match = ITEM.exec(rest);
  if (!match) return { list, itemId: null, field: rest };
  const item = items[Number(match[1])];
  return item ? { list, itemId: item.id, field: match[2] ?? '' } : null;
}

/**
 * The target of one problem field, read against the document that was sent.
 * null when the path names nothing in it (then the message is shown at the top).
 */
export function targetOfProblem(field: string, sent: Playlist): FieldTarget | null {
  // PUT /api/playlist names fields from its body ({ playlist, baseRevision }); local checks do not.
  const path = field.replace(/^playlist\./, '');
  if (path.startsWith('items[')) return itemTarget('default', path, sent.items);
  if (path === 'marquee' || path.startsWith('marquee.')) {
    return { list: 'marquee', itemId: null, field: path.slice('marquee.'.length) };
  }
  const scheduled = SCHEDULED.exec(path);
  if (scheduled) {
    const playlist = sent.playlists?.[Number(scheduled[1])];
    if (!playlist) return null;
    return itemTarget(`pl:${playlist.id}`, scheduled[2] ?? '', playlist.items);
  }
  return null;
}

/** Problems sorted into the fields they name, and the ones that name no field on the page. */
export interface PlacedProblems {
  byKey: ReadonlyMap<string, string>;
  unplaced: readonly FieldProblem[];
}

/** Sorts every problem; two problems for one field are joined so neither is lost. */
export function placeProblems(problems: readonly FieldProblem[], sent: Playlist): PlacedProblems {
  const byKey = new Map<string, string>();
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const target = targetOfProblem(problem.field, sent);
    if (!target) {
      unplaced.push(problem);
      continue;
    }
    const key = fieldKey(target);
    const before = byKey.get(key);
    byKey.set(key, before ? `${before}; ${problem.message}` : problem.message);
  }
  return { byKey, unplaced };
}

/** Every message under a prefix of one card (`schedule` gathers `schedule.times[0].end` and the like). */
export function problemsUnder(placed: PlacedProblems, list: string, itemId: string | null, prefix: string): string[] {
  const head = `${list}/${itemId ?? ''}/${prefix}`;
  const found: string[] = [];
  for (const [key, message] of placed.byKey) {
    const inside = prefix === '' ? key.startsWith(head) : key.startsWith(`${head}.`) || key.startsWith(`${head}[`);
    if (key === head || inside) {
      const rest = key.slice(head.length).replace(/^\./, '');
      found.push(rest ? `${rest}: ${message}` : message);
    }
  }
  return found;
}

/** No problems at all. */
export const NO_PROBLEMS: PlacedProblems = { byKey: new Map(), unplaced: [] };

/** A field's problem on one card or list, as forms ask for it. */
export type ProblemLookup = (field: string, nested?: boolean) => string | undefined;

/**
 * The problems of one card (`itemId`) or list (`itemId` null). `nested` also
 * gathers the fields under `field`; a prefix lookup turns a lookup for a part
 * of the item (its schedule) into one the part's own form can use.
 */
export function problemLookup(placed: PlacedProblems, list: string, itemId: string | null, prefix = ''): ProblemLookup {
  return (field, nested = false) => {
    const full = prefix && field ? `${prefix}.${field}` : prefix || field;
    if (!nested) return placed.byKey.get(fieldKey({ list, itemId, field: full }));
    const found = problemsUnder(placed, list, itemId, full);
    return found.length ? found.join('; ') : undefined;
  };
}

/** The list settings problems are placed under (pages look them up with `problemLookup(placed, SETTINGS_LIST, null, section)`). */
export const SETTINGS_LIST = 'settings';

/**
 * Sorts the problems of a PATCH /api/settings answer by the field they name
 * (`displayPower.on.sat[0]`, `updates.feedUrl`). Problems outside `sections`
 * (top-level settings the page does not show) or naming no field stay unplaced,
 * so the page can still show them at the top.
 */
export function placeSettingsProblems(problems: readonly FieldProblem[], sections: readonly string[]): PlacedProblems {
  const byKey = new Map<string, string>();
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const section = /^[^.[]+/.exec(problem.field)?.[0];
    if (!section || !sections.includes(section)) {
      unplaced.push(problem);
      continue;
    }
    const key = fieldKey({ list: SETTINGS_LIST, itemId: null, field: problem.field });
    const before = byKey.get(key);
    byKey.set(key, before ? `${before}; ${problem.message}` : problem.message);
  }
  return { byKey, unplaced };
}

/**
 * DOM nodes a page really keeps, read from a V8 heap snapshot. The DevTools
 * node counter (`Memory.getDOMCounters`) also counts nodes that are merely not
 * collected yet: it moved by hundreds between runs of the same plan, even
 * after a forced collection. A snapshot holds only what is reachable, so its
 * DOM nodes are those in the document plus those something still keeps.
 */

import type { HeapSnapshot } from '../../tests/support/heap-snapshot';

export interface SnapshotDomNodes {
  /** Every DOM node reachable: elements, text and comments, in the document or not. */
  reachable: number;
  /** Nodes outside any document that page script holds on to (V8 marks only those with a JS wrapper). */
  detachedRoots: number;
}

/** V8's `detachedness` value for a node the embedder says is in no document. */
const DETACHED = 2;

/** Blink names DOM nodes by their markup ("<div class=…>") or as "Text" / "Comment"; other objects by class. */
const isDomNodeName = (name: string) => name.startsWith('<') || name === 'Text' || name === 'Comment';

/** Counts the DOM nodes of a snapshot; throws naming what a snapshot it cannot read lacks. */
export function domNodesInSnapshot(snapshot: HeapSnapshot): SnapshotDomNodes {
  const fields = snapshot.snapshot.meta.node_fields;
  const stride = fields.length;
  const nameAt = fields.indexOf('name');
  const typeAt = fields.indexOf('type');
  const detachednessAt = fields.indexOf('detachedness');
  const typeNames = snapshot.snapshot.meta.node_types[0];
  if (stride === 0 || nameAt < 0 || typeAt < 0 || !Array.isArray(typeNames)) {
    throw new Error('heap snapshot: node_fields lacks "name" or "type", or node_types has no type names');
  }
  const counts: SnapshotDomNodes = { reachable: 0, detachedRoots: 0 };
  for (let i = 0; i + stride <= snapshot.nodes.length; i += stride) {
    if (typeNames[snapshot.nodes[i + typeAt] as number] !== 'native') continue;
    if (!isDomNodeName(snapshot.strings[snapshot.nodes[i + nameAt] as number] ?? '')) continue;
    counts.reachable += 1;
    if (detachednessAt >= 0 && snapshot.nodes[i + detachednessAt] === DETACHED) counts.detachedRoots += 1;
  }
  return counts;
}

/**
 * What a V8 heap snapshot says about where the bytes are. The memory scenario
 * uses it to tell a leak (JavaScript objects the page keeps per slide) from the
 * JIT compiling more of the player as rarely-run paths warm up (code) and from
 * native objects (DOM, and DevTools' own buffers while a test drives the page).
 */

import type { HeapSnapshot } from '../../tests/support/heap-snapshot';

/** Self sizes summed by what kind of thing holds them, in bytes. */
export interface HeapSummary {
  /** Objects, closures, arrays, strings, numbers and their shapes: what page scripts allocate. */
  javascript: number;
  /** Bytecode, compiled code and its metadata. */
  code: number;
  /** Blink objects: DOM nodes, performance entries, inspector buffers. */
  native: number;
  /** Everything (including V8's synthetic roots, which have no size). */
  total: number;
}

const CODE_TYPES = new Set(['code']);
const NATIVE_TYPES = new Set(['native']);
const NOT_COUNTED = new Set(['synthetic']);

/** Sums a snapshot's node self sizes by kind. Throws on a snapshot that lacks the fields it needs. */
export function summariseHeapSnapshot(snapshot: Pick<HeapSnapshot, 'snapshot' | 'nodes'>): HeapSummary {
  const fields = snapshot.snapshot.meta.node_fields;
  const typeNames = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  if (typeAt < 0 || sizeAt < 0 || !Array.isArray(typeNames) || fields.length === 0) {
    throw new Error('heap snapshot: node_fields lacks "type" or "self_size", or node_types has no type names');
  }
  const summary: HeapSummary = { javascript: 0, code: 0, native: 0, total: 0 };
  const stride = fields.length;
  for (let i = 0; i + stride <= snapshot.nodes.length; i += stride) {
    const type = String(typeNames[snapshot.nodes[i + typeAt] as number]);
    const size = snapshot.nodes[i + sizeAt] as number;
    summary.total += size;
    if (CODE_TYPES.has(type)) summary.code += size;
    else if (NATIVE_TYPES.has(type)) summary.native += size;
    else if (!NOT_COUNTED.has(type)) summary.javascript += size;
  }
  return summary;
}

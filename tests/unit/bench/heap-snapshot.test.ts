import { describe, expect, it } from 'vitest';
import { summariseHeapSnapshot } from '../../../bench/support/heap-snapshot';
import type { HeapSnapshot } from '../../support/heap-snapshot';

// The shape V8 writes: node_fields name the columns of the flat `nodes` array,
// node_types[0] names the values of the `type` column.
const TYPES = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native', 'synthetic'];
const FIELDS = ['type', 'name', 'id', 'self_size', 'edge_count', 'detachedness'];
const node = (type: string, size: number, id: number) => [TYPES.indexOf(type), 0, id, size, 0, 0];

function snapshotOf(...rows: number[][]): HeapSnapshot {
  return {
    snapshot: { meta: { node_fields: FIELDS, node_types: [TYPES, 'string', 'number'] } },
    nodes: rows.flat(),
    strings: [],
  };
}

describe('summing a heap snapshot by kind', () => {
  it('puts objects, closures, strings and numbers under JavaScript, code and native apart', () => {
    const summary = summariseHeapSnapshot(
      snapshotOf(
        node('synthetic', 0, 1),
        node('object', 100, 2),
        node('closure', 40, 3),
        node('string', 24, 4),
        node('number', 16, 5),
        node('code', 5000, 6),
        node('native', 700, 7),
      ),
    );
    expect(summary).toEqual({ javascript: 180, code: 5000, native: 700, total: 5880 });
  });

  it('shows a growth of objects that a growth of compiled code would hide in the total', () => {
    const before = summariseHeapSnapshot(snapshotOf(node('object', 1000, 1), node('code', 1000, 2)));
    const jitWarmed = summariseHeapSnapshot(snapshotOf(node('object', 1000, 1), node('code', 3000, 2)));
    const leaking = summariseHeapSnapshot(snapshotOf(node('object', 3000, 1), node('code', 1000, 2)));
    expect(jitWarmed.total - before.total).toBe(leaking.total - before.total);
    expect(jitWarmed.javascript - before.javascript).toBe(0);
    expect(leaking.javascript - before.javascript).toBe(2000);
  });

  it('names what is missing from a snapshot it cannot read', () => {
    const broken = {
      snapshot: { meta: { node_fields: ['name', 'id'], node_types: [TYPES] } },
      nodes: [0, 1],
      strings: [],
    };
    expect(() => summariseHeapSnapshot(broken)).toThrow(/"type" or "self_size"/);
  });
});

import { describe, expect, it } from 'vitest';
import { domNodesInSnapshot } from '../../../drills/soak/heap-dom-nodes';
import type { HeapSnapshot } from '../../support/heap-snapshot';

// As Chromium writes it: a detached <div> kept by a script (detachedness 2) with its <p> and text (0, unknown),
// the document's <body> (0) and its text, plus a JavaScript object and a native non-DOM object.
const TYPES = ['hidden', 'object', 'native', 'code'];
const FIELDS = ['type', 'name', 'id', 'self_size', 'edge_count', 'detachedness'];
const STRINGS = ['<div id="a">', '<p>', 'Text', '<body>', 'Comment', 'Object', 'PerformanceResourceTiming'];
const row = (type: string, name: string, detachedness: number, id: number) => [
  TYPES.indexOf(type),
  STRINGS.indexOf(name),
  id,
  64,
  0,
  detachedness,
];

const snapshot = (rows: number[][], fields = FIELDS): HeapSnapshot => ({
  snapshot: { meta: { node_fields: fields, node_types: [TYPES] } },
  nodes: rows.flat(),
  strings: STRINGS,
});

describe('DOM nodes in a heap snapshot', () => {
  it('counts every reachable element, text and comment, and the detached roots scripts hold', () => {
    const counts = domNodesInSnapshot(
      snapshot([
        row('native', '<div id="a">', 2, 1),
        row('native', '<p>', 0, 2),
        row('native', 'Text', 0, 3),
        row('native', '<body>', 0, 4),
        row('native', 'Comment', 0, 5),
        row('object', 'Object', 0, 6),
        row('native', 'PerformanceResourceTiming', 0, 7),
      ]),
    );
    expect(counts).toEqual({ reachable: 5, detachedRoots: 1 });
  });

  it('sees a page that keeps removed slides as more reachable nodes', () => {
    const healthy = domNodesInSnapshot(snapshot([row('native', '<body>', 0, 1)]));
    const leaking = domNodesInSnapshot(
      snapshot([row('native', '<body>', 0, 1), row('native', '<div id="a">', 2, 2), row('native', '<p>', 0, 3)]),
    );
    expect(leaking.reachable - healthy.reachable).toBe(2);
  });

  it('names what a snapshot it cannot read lacks', () => {
    expect(() => domNodesInSnapshot(snapshot([], ['id', 'self_size']))).toThrow(/lacks "name" or "type"/);
  });
});

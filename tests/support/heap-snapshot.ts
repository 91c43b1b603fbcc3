/**
 * Taking a V8 heap snapshot of a page through the DevTools protocol, for the
 * benchmark's memory scenario and the soak drill. The snapshot arrives in
 * chunks of JSON text; this joins and parses them.
 */
import type { CDPSession } from '@playwright/test';

/** The parts of the `.heapsnapshot` format Pano's readers use. */
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
  strings: string[];
}

/** Takes a snapshot of the page `cdp` is attached to (V8 collects garbage first). */
export async function takeHeapSnapshot(cdp: CDPSession): Promise<HeapSnapshot> {
  let json = '';
  const onChunk = (event: { chunk: string }) => (json += event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return JSON.parse(json) as HeapSnapshot;
}

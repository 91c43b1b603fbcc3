/** Telling the host, once, that this screen is showing something. */
import { useCallback, useEffect, useRef } from 'react';
import type { PlayerBridge } from '../../main/core/bridge';

/**
 * Returns a stable callback that sends `{type:'ready', revision}` the first
 * time it is called, with the revision on screen at that moment.
 */
export function useReadyReport(bridge: PlayerBridge, revision: number | undefined): () => void {
  const latestRevision = useRef(revision ?? 0);
  const sent = useRef(false);
  useEffect(() => {
    latestRevision.current = revision ?? 0;
  }, [revision]);
  return useCallback(() => {
    if (sent.current) return;
    sent.current = true;
    bridge.report({ type: 'ready', revision: latestRevision.current });
  }, [bridge]);
}

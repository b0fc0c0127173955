import { useEffect, useRef } from 'react';
import type { Dataset } from '@/model/schema';
import { useAppStore } from '@/state/store';

/**
 * Linked the other way while reading: picking a presence on the map (or in the list) scrolls the open
 * note to its sentence, picking a cluster to its section heading. Only changes count, not the
 * selection the reader opened with.
 */
export function useFollowSelection(dataset: Dataset | undefined) {
  const presenceId = useAppStore((s) => s.selectedPresenceId);
  const clusterId = useAppStore((s) => s.selectedClusterId);
  const follow = useAppStore((s) => s.followInReader);
  const seen = useRef({ presenceId, clusterId });
  useEffect(() => {
    if (seen.current.presenceId === presenceId && seen.current.clusterId === clusterId) return;
    seen.current = { presenceId, clusterId };
    const quote =
      dataset?.presences.find((p) => p.id === presenceId)?.quote ??
      dataset?.clusters.find((c) => c.id === clusterId)?.heading;
    if (quote) follow(quote);
  }, [dataset, presenceId, clusterId, follow]);
}

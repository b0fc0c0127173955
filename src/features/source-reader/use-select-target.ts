import { useCallback } from 'react';
import { useBaseMap } from '@/data/base-map';
import { useDataset } from '@/data/dataset';
import { useAppStore } from '@/state/store';
import { presenceFocus } from '@/lib/presence/focus-target';
import type { FactTarget } from '@/lib/note/targets';
import { focusDetailsHeading } from './focus';

/**
 * Source → fact. The reader leaves the right panel to the cluster panel, which is what a board member
 * clicking a sentence wants to see (the facts, with the map moved to the place); the reader remembers
 * the sentence, so "Notatet" brings them back to it.
 */
export function useSelectTarget() {
  const { data: dataset } = useDataset();
  const { data: baseMap } = useBaseMap();
  const selectPresence = useAppStore((s) => s.selectPresence);
  const selectCluster = useAppStore((s) => s.selectCluster);
  const requestFocus = useAppStore((s) => s.requestFocus);
  const leaveReaderAt = useAppStore((s) => s.leaveReaderAt);

  return useCallback(
    (target: FactTarget, quote: string) => {
      if (target.kind === 'presence') {
        selectPresence(target.presenceId, target.clusterId);
        const presence = dataset?.presences.find((p) => p.id === target.presenceId);
        const focus = presence ? presenceFocus(presence, baseMap) : null;
        if (focus) requestFocus(focus);
      } else {
        selectCluster(target.clusterId);
      }
      leaveReaderAt(quote);
      focusDetailsHeading();
    },
    [dataset, baseMap, selectPresence, selectCluster, requestFocus, leaveReaderAt],
  );
}

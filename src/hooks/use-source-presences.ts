import { useShallow } from 'zustand/react/shallow';
import { presencesAsOf, type SourceChoice } from '@/lib/history/presences-as-of';
import { useAppStore } from '@/state/store';
import { useDataset } from '@/data/dataset';
import { useHistory } from '@/data/history';
import type { Presence } from '@/model/schema';

/** The sources and date the user chose: the note alone, or every source at a date. */
export function useSourceChoice(): SourceChoice {
  return useAppStore(useShallow((s) => ({ sources: s.sourceMode, asOf: s.asOf })));
}

/**
 * The presences that hold in the chosen sources at the chosen date, as one stable array: the seam every
 * view's presences come through (use-visible-presences.ts). The note alone is the dataset's own array and
 * loads nothing more; every source loads history.json first and shows nothing until it is in.
 */
export function useSourcePresences(): { presences: Presence[] | undefined; loading: boolean } {
  const { data: dataset } = useDataset();
  const choice = useSourceChoice();
  const history = useHistory(choice.sources === 'all');
  if (!dataset) return { presences: undefined, loading: false };
  if (choice.sources === 'note') return { presences: dataset.presences, loading: false };
  return {
    presences: history.data ? presencesAsOf(dataset, history.data, choice) : undefined,
    loading: history.isPending,
  };
}

import { useTranslation } from '@/i18n/use-translation';
import type { Cluster } from '@/model/schema';
import { BusinessAreaChip } from '@/components/business-area-chip';
import { useAppStore } from '@/state/store';

type Roving = (id: string) => { 'data-roving-id': string; tabIndex: number; onFocus: () => void };

interface Props {
  clusters: Cluster[];
  selectedClusterId: string | null;
  onSelect: (clusterId: string) => void;
  roving: Roving;
}

/** Clusters the note names no place for: a finding in itself, so they are listed, not left out. */
export function UnlocatedClusters({ clusters, selectedClusterId, onSelect, roving }: Props) {
  const { t } = useTranslation('presences');
  const allSources = useAppStore((s) => s.sourceMode === 'all');
  return (
    <li className="py-1">
      <h4 className="px-2 pt-2 text-sm font-semibold">
        {t(allSources ? 'list.noLocationAt' : 'list.noLocation')}
      </h4>
      <p className="px-2 text-xs text-muted">
        {t(allSources ? 'list.noLocationAtHint' : 'list.noLocationHint')}
      </p>
      <ul className="mt-1">
        {clusters.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              {...roving(`cluster:${c.id}`)}
              aria-current={c.id === selectedClusterId ? 'true' : undefined}
              onClick={() => onSelect(c.id)}
              className="flex min-h-11 w-full items-center gap-2 rounded-md px-2 text-left text-sm hover:bg-brand-soft aria-[current=true]:bg-brand-soft aria-[current=true]:ring-2 aria-[current=true]:ring-brand"
            >
              <BusinessAreaChip area={c.businessArea.id} />
              <span className="min-w-0 flex-1">
                <span className="block truncate">{c.name}</span>
                {c.unnamedLocations && (
                  <span className="block text-xs text-muted">
                    {t('list.unnamed', { count: c.unnamedLocations.count })}
                  </span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}

import { useTranslation } from '@/i18n/use-translation';
import { SEARCH_NS } from '@/i18n/panel-strings';
import { Building2, Landmark, Map, MapPin, Network, type LucideIcon } from 'lucide-react';
import { useDataset } from '@/data/dataset';
import { businessAreaLabel, useLanguage } from '@/i18n/data-labels';
import type { EntryKind, SearchEntry } from '@/lib/search/search-entries';

const ICONS: Record<EntryKind, LucideIcon> = {
  cluster: Network,
  place: MapPin,
  region: Map,
  area: Map,
  erhvervshus: Building2,
  municipality: Landmark,
};

interface Props {
  entry: SearchEntry;
  id: string;
  active: boolean;
  onChoose: () => void;
}

/** One result: its name, what kind of thing it is, and for clusters and places what is there. */
export function SearchOption({ entry, id, active, onChoose }: Props) {
  const { t } = useTranslation(SEARCH_NS);
  const language = useLanguage();
  const { data } = useDataset();
  const Icon = ICONS[entry.kind];
  const clusterNames = entry.clusterIds.map((cid) => data?.clusters.find((c) => c.id === cid)?.name ?? cid);
  const cluster = entry.kind === 'cluster' ? data?.clusters.find((c) => c.id === entry.clusterIds[0]) : null;
  const detail =
    entry.kind === 'cluster'
      ? cluster && businessAreaLabel(cluster.businessArea.id, language)
      : entry.target.kind === 'presences'
        ? `${t('presences', { count: entry.target.presences.length })}: ${clusterNames.join(', ')}`
        : null;
  return (
    // Keyboard use goes through the combobox (aria-activedescendant); the click is for pointers.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      onClick={onChoose}
      onMouseDown={(e) => e.preventDefault()}
      className={`flex min-h-11 cursor-pointer items-start gap-2 px-3 py-2 text-sm ${active ? 'bg-brand-soft' : 'hover:bg-canvas'}`}
    >
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-brand" />
      <span className="min-w-0 flex-1">
        <span className="block font-medium text-ink">{entry.label[language]}</span>
        <span className="block text-xs text-muted">
          {t(`kinds.${entry.kind}`)}
          {detail ? ` · ${detail}` : ''}
        </span>
      </span>
    </div>
  );
}

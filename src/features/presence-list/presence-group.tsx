import { useTranslation } from '@/i18n/use-translation';
import type { Cluster, Presence } from '@/model/schema';
import { BusinessAreaChip } from '@/components/business-area-chip';
import type { PresenceText } from '@/components/use-presence-text';
import { PresenceItem } from './presence-item';

type Roving = (id: string) => { 'data-roving-id': string; tabIndex: number; onFocus: () => void };

interface Props {
  cluster: Cluster;
  presences: Presence[];
  /** All the cluster's presences the filters let through, those on later pages too. */
  total: number;
  describe: (p: Presence) => PresenceText;
  selectedPresenceId: string | null;
  onSelectPresence: (p: Presence) => void;
  onSelectCluster: () => void;
  roving: Roving;
}

/** A cluster's presences under its name; the name itself opens the cluster. */
export function PresenceGroup(props: Props) {
  const {
    cluster,
    presences,
    total,
    describe,
    selectedPresenceId,
    onSelectPresence,
    onSelectCluster,
    roving,
  } = props;
  const { t } = useTranslation('presences');
  return (
    <li className="py-1">
      <h4>
        <button
          type="button"
          {...roving(`cluster:${cluster.id}`)}
          onClick={onSelectCluster}
          aria-label={t('list.openCluster', { cluster: cluster.name })}
          className="flex min-h-11 w-full items-center gap-2 rounded-md px-2 text-left text-sm font-semibold hover:bg-brand-soft"
        >
          <BusinessAreaChip area={cluster.businessArea.id} />
          <span className="min-w-0 flex-1 truncate">{cluster.name}</span>
          <span className="text-xs font-normal text-muted">{t('list.groupCount', { count: total })}</span>
        </button>
      </h4>
      <ul className="ml-3 border-l border-line pl-1">
        {presences.map((p) => (
          <PresenceItem
            key={p.id}
            presence={p}
            text={describe(p)}
            area={cluster.businessArea.id}
            selected={p.id === selectedPresenceId}
            onSelect={() => onSelectPresence(p)}
            roving={roving(p.id)}
          />
        ))}
      </ul>
    </li>
  );
}

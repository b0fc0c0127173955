import { useId } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { CHANGES_NS } from '@/i18n/panel-strings';
import type { Cluster } from '@/model/schema';
import { ChangeItem } from './change-item';
import type { PresenceChange } from '@/lib/history/changes';

interface Props {
  kind: PresenceChange['kind'];
  changes: PresenceChange[];
  clusters: Map<string, Cluster>;
}

/** One kind of change ("Åbnet"), each presence with its source; says "none" rather than disappearing. */
export function ChangeGroup({ kind, changes, clusters }: Props) {
  const { t } = useTranslation(CHANGES_NS);
  const id = useId();
  return (
    <section aria-labelledby={id} className="border-t border-line pt-2">
      <h3 id={id} className="text-sm font-semibold">
        {t(`kinds.${kind}`)} ({changes.length})
      </h3>
      {changes.length === 0 ? (
        <p className="text-xs text-muted">{t('none')}</p>
      ) : (
        <ul className="mt-1 space-y-3">
          {changes.map((change) => (
            <ChangeItem
              key={change.presence.id}
              change={change}
              cluster={clusters.get(change.presence.clusterId)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

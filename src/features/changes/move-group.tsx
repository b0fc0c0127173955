import { useId } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { CHANGES_NS } from '@/i18n/panel-strings';
import type { Cluster } from '@/model/schema';
import { BusinessAreaChip } from '@/components/business-area-chip';
import type { HeadOfficeMove } from '@/lib/history/changes';

/** Head offices the sources name in another place at the later date. */
export function MoveGroup({ moves, clusters }: { moves: HeadOfficeMove[]; clusters: Map<string, Cluster> }) {
  const { t } = useTranslation(CHANGES_NS);
  const id = useId();
  const places = (list: HeadOfficeMove['from']) => list.map((p) => p.place).join(', ');
  return (
    <section aria-labelledby={id} className="border-t border-line pt-2">
      <h3 id={id} className="text-sm font-semibold">
        {t('kinds.moved')} ({moves.length})
      </h3>
      {moves.length === 0 ? (
        <p className="text-xs text-muted">{t('none')}</p>
      ) : (
        <ul className="mt-1 space-y-1">
          {moves.map((move) => {
            const cluster = clusters.get(move.clusterId);
            return (
              <li key={move.clusterId} className="flex items-center gap-1.5">
                {cluster && <BusinessAreaChip area={cluster.businessArea.id} />}
                <span className="font-medium">{cluster?.shortName ?? cluster?.name}</span>
                <span>{t('moveLine', { from: places(move.from), to: places(move.to) })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

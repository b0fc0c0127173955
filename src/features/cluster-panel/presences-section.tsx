import { useTranslation } from '@/i18n/use-translation';
import { CLUSTER_NS } from '@/i18n/panel-strings';
import type { Cluster, Presence } from '@/model/schema';
import { SourceQuote } from '@/components/source-quote';
import { PresenceLine } from '@/components/presence-line';
import { UserSource } from '@/components/user-source';
import { usePresenceText } from '@/components/use-presence-text';
import { useSelectPresence } from '@/components/use-select-presence';
import { useLanguage } from '@/i18n/data-labels';
import { useAppStore } from '@/state/store';
import { PanelSection } from './panel-section';
import { PresenceHistory } from './presence-history';
import { ShownStatement } from './shown-statement';
import type { ClusterHistory } from './use-cluster-history';

interface Props {
  cluster: Cluster;
  /** The cluster's presences the filters let through. */
  visible: Presence[];
  /** All the cluster's presences in the chosen sources at the chosen date. */
  total: number;
  /** With every source: the statements behind each presence; null with the note alone. */
  history: ClusterHistory | null;
}

/** Where the cluster is: every presence (a click moves the map there), unnamed locations, or none. */
export function PresencesSection({ cluster, visible, total, history }: Props) {
  const { t } = useTranslation(CLUSTER_NS);
  const language = useLanguage();
  const describe = usePresenceText();
  const select = useSelectPresence();
  const selectedPresenceId = useAppStore((s) => s.selectedPresenceId);
  const unnamed = cluster.unnamedLocations;
  return (
    <PanelSection title={t('sections.presences')}>
      {total === 0 && !unnamed && (
        <p className="mt-1 text-sm font-medium">
          {t(history ? 'presences.noLocationAt' : 'presences.noLocation')}
        </p>
      )}
      <ul className="mt-1 space-y-2">
        {visible.map((p) => {
          const text = describe(p);
          const reason = p.basis.type === 'inferred' ? p.basis.reason[language] : null;
          const placeReason = p.placeLink.inferred ? p.placeLink.reason?.[language] : null;
          return (
            <li key={p.id} className="text-sm">
              <button
                type="button"
                onClick={() => select(p, { focus: true })}
                aria-label={t('presences.showOnMap', { name: text.name })}
                aria-current={p.id === selectedPresenceId ? 'true' : undefined}
                className="-ml-1 flex min-h-11 w-full items-center gap-2 rounded-md px-1 text-left font-medium hover:bg-brand-soft aria-[current=true]:bg-brand-soft aria-[current=true]:ring-2 aria-[current=true]:ring-brand"
              >
                <PresenceLine presence={p} text={text} area={cluster.businessArea.id} />
              </button>
              {reason && (
                <p className="mt-0.5 text-xs text-muted italic">{t('presences.inferred', { reason })}</p>
              )}
              {placeReason && (
                <p className="mt-0.5 text-xs text-muted italic">
                  {t('presences.placeInferred', { reason: placeReason })}
                </p>
              )}
              {p.basis.type === 'user' ? (
                <UserSource basis={p.basis} note={p.quote} className="mt-0.5" />
              ) : history && p.status === 'closed' ? null : history && p.observed && !p.observed.fromNote ? (
                // A closed presence's source is the closure, quoted once above the list.
                <ShownStatement presence={p} history={history} name={text.name} />
              ) : (
                <SourceQuote quote={p.quote} factLabel={text.name} />
              )}
              {history && (
                <PresenceHistory
                  items={
                    p.status === 'closed' && history.closure
                      ? [...history.historyOf(p.id), history.closure]
                      : history.historyOf(p.id)
                  }
                  shownId={p.observed?.entry}
                  asOf={history.asOf}
                  name={text.name}
                />
              )}
            </li>
          );
        })}
      </ul>
      {total > visible.length && (
        <p className="mt-2 text-xs text-muted">{t('presences.hidden', { count: total - visible.length })}</p>
      )}
      {unnamed && (
        <div className="mt-2 text-sm">
          <p className="font-medium">{t('presences.unnamed', { count: unnamed.count })}</p>
          <SourceQuote quote={unnamed.quote} factLabel={t('facts.unnamed')} />
        </div>
      )}
    </PanelSection>
  );
}

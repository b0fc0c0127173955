import { useTranslation } from '@/i18n/use-translation';
import { CLUSTER_NS } from '@/i18n/panel-strings';
import type { Cluster, Collaboration } from '@/model/schema';
import { BusinessAreaChip } from '@/components/business-area-chip';
import { SourceQuote } from '@/components/source-quote';
import { useAppStore } from '@/state/store';
import { PanelSection } from './panel-section';

interface Props {
  collaborations: Collaboration[];
  clusters: Map<string, Cluster>;
}

/** Partners in the note's words; a partner cluster the note identifies opens on a click. */
export function CollaborationsSection({ collaborations, clusters }: Props) {
  const { t } = useTranslation(CLUSTER_NS);
  const selectCluster = useAppStore((s) => s.selectCluster);
  return (
    <PanelSection title={t('sections.collaborations')} empty={collaborations.length === 0}>
      <ul className="mt-1 space-y-2">
        {collaborations.map((c, i) => {
          const partner = c.clusterId ? clusters.get(c.clusterId) : undefined;
          return (
            <li key={`${c.name}-${i}`} className="text-sm">
              <p className="text-xs text-muted">
                {t(`collaboration.kind.${c.kind}`)} · {t(`collaboration.status.${c.status}`)}
              </p>
              {partner ? (
                <button
                  type="button"
                  onClick={() => selectCluster(partner.id)}
                  aria-label={t('collaboration.open', { cluster: partner.name })}
                  className="mt-0.5 inline-flex min-h-11 items-center gap-2 rounded-md px-1 text-left font-medium text-brand underline underline-offset-2 hover:bg-brand-soft"
                >
                  <BusinessAreaChip area={partner.businessArea.id} />
                  <span>
                    {partner.name} <span className="font-normal text-muted no-underline">({c.name})</span>
                  </span>
                </button>
              ) : (
                <p lang="da">{c.name}</p>
              )}
              <SourceQuote quote={c.quote} factLabel={t('facts.collaboration', { name: c.name })} />
            </li>
          );
        })}
      </ul>
    </PanelSection>
  );
}

import type { Ref } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { CLUSTER_NS } from '@/i18n/panel-strings';
import type { Cluster } from '@/model/schema';
import { BackButton } from '@/components/back-button';
import { BusinessAreaChip } from '@/components/business-area-chip';
import { SourceQuote } from '@/components/source-quote';
import { businessAreaLabel, useLanguage } from '@/i18n/data-labels';

interface Props {
  cluster: Cluster;
  headingRef: Ref<HTMLHeadingElement>;
  titleId: string;
  onBack: () => void;
}

/** Name, business area and track, with the heading of the note's section as their source. */
export function ClusterHeader({ cluster, headingRef, titleId, onBack }: Props) {
  const { t } = useTranslation(CLUSTER_NS);
  const language = useLanguage();
  const area = businessAreaLabel(cluster.businessArea.id, language);
  const track = t(cluster.emerging.value ? 'track.emerging' : 'track.national');
  return (
    <header className="px-4 pt-2 pb-3">
      <BackButton label={t('back')} hint={t('backHint')} onClick={onBack} />
      <div className="mt-1 flex items-start gap-2">
        <BusinessAreaChip area={cluster.businessArea.id} className="mt-1" />
        <h3
          id={titleId}
          ref={headingRef}
          tabIndex={-1}
          className="min-w-0 text-xl leading-tight font-semibold"
        >
          {cluster.name}
          {cluster.shortName && <span className="font-normal text-muted"> ({cluster.shortName})</span>}
        </h3>
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        <dt className="text-muted">{t('facts.businessArea')}</dt>
        <dd>{area}</dd>
        <dt className="text-muted">{t('facts.track')}</dt>
        <dd>{track}</dd>
      </dl>
      <SourceQuote quote={cluster.emerging.quote} factLabel={`${area}, ${track}`} />
    </header>
  );
}

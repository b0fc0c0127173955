import { useId, useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { CLUSTER_NS } from '@/i18n/panel-strings';
import { useDataset } from '@/data/dataset';
import { useAllPresences, useVisiblePresences } from '@/hooks/use-visible-presences';
import { CollaborationsSection } from './collaborations-section';
import { ClusterHeader } from './cluster-header';
import { ConsolidationSection } from './consolidation-section';
import { FactList } from './fact-list';
import { KeyFigures } from './key-figures';
import { PresencesSection } from './presences-section';
import { usePanelFocus } from './use-panel-focus';
import { ClosureNotice } from './closure-notice';
import { ConflictsSection } from './conflicts-section';
import { UnplacedSection } from './unplaced-section';
import { useClusterHistory } from './use-cluster-history';

/** The selected cluster's status, every fact with the note's sentence behind it. */
export function ClusterPanel({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation(CLUSTER_NS);
  const { data } = useDataset();
  const visible = useVisiblePresences();
  const all = useAllPresences();
  const titleId = useId();
  const { panel, heading, close } = usePanelFocus(clusterId);
  const clusters = useMemo(() => new Map(data?.clusters.map((c) => [c.id, c])), [data]);
  const history = useClusterHistory(clusterId);
  const cluster = clusters.get(clusterId);
  if (!data || !cluster) return null;
  return (
    <article ref={panel} aria-labelledby={titleId} className="pb-6">
      <ClusterHeader cluster={cluster} headingRef={heading} titleId={titleId} onBack={close} />
      {history?.closure && (
        <ClosureNotice closure={history.closure} name={cluster.shortName ?? cluster.name} />
      )}
      <PresencesSection
        cluster={cluster}
        visible={visible.filter((p) => p.clusterId === clusterId)}
        total={all.filter((p) => p.clusterId === clusterId).length}
        history={history}
      />
      {history && <UnplacedSection items={history.unplaced} />}
      {history && <ConflictsSection conflicts={history.conflicts} />}
      <ConsolidationSection consolidation={cluster.consolidation} />
      <KeyFigures figures={cluster.keyFigures} />
      <FactList title={t('sections.focusAreas')} facts={cluster.focusAreas} />
      <FactList title={t('sections.activities')} facts={cluster.activities} />
      <CollaborationsSection collaborations={cluster.collaborations} clusters={clusters} />
      <FactList title={t('sections.covid')} facts={cluster.covid} />
    </article>
  );
}

import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { AREA_NS } from '@/i18n/panel-strings';
import { DataError } from '@/components/data-error';
import { Loading } from '@/components/loading';
import { useClusterName } from '@/components/use-cluster-name';
import { useDataset } from '@/data/dataset';
import { useLanguage } from '@/i18n/data-labels';
import { areaName } from '@/lib/area/area-name';
import { formatAreaRef } from '@/lib/area/area-ref';
import { type AreaRef } from '@/model/area';
import { useAppStore } from '@/state/store';
import { AbsentSection } from './absent-section';
import { CountingScope } from './counting-scope';
import { PresentSection } from './present-section';
import { ProfileFacts } from './profile-facts';
import { ProfileHeader } from './profile-header';
import { ReachSection } from './reach-section';
import { useAreaProfiles } from './use-area-profile';
import { useOverlayFocus } from './use-overlay-focus';

/**
 * An area's profile: what is here, what is missing and for how many people. Shown over the panel
 * the user came from; Escape or "Back" closes it, the map returns to where it was and focus to the
 * control that opened it.
 */
export function AreaProfilePanel({ area }: { area: AreaRef }) {
  const { t } = useTranslation(AREA_NS);
  const language = useLanguage();
  const titleId = useId();
  const { data: dataset } = useDataset();
  const clusterName = useClusterName();
  const clearArea = useAppStore((s) => s.clearArea);
  const areas = useMemo(() => [area], [area]);
  const state = useAreaProfiles(areas);
  const onClose = useCallback(() => clearArea(), [clearArea]);
  const { panel, heading, close } = useOverlayFocus('area', `${formatAreaRef(area)}:${state.kind}`, onClose);
  const clusters = useMemo(() => new Map(dataset?.clusters.map((c) => [c.id, c])), [dataset]);
  if (state.kind === 'loading') return <Loading label={t('loading')} />;
  if (state.kind === 'failed') return <DataError error={state.error} onRetry={state.retry} />;
  if (state.kind === 'unknown') return null;
  const [profile] = state.profiles;
  if (!profile) return null;
  return (
    <article ref={panel} aria-labelledby={titleId} className="pb-6" data-testid="area-profile">
      <ProfileHeader unit={profile.unit} headingRef={heading} titleId={titleId} onBack={close} />
      <ProfileFacts profile={profile} population={state.population} />
      <CountingScope profile={profile} total={clusters.size} />
      <PresentSection profile={profile} clusters={clusters} />
      <AbsentSection
        profile={profile}
        clusterName={clusterName}
        areaName={areaName(profile.unit, language)}
      />
      <ReachSection profile={profile} />
    </article>
  );
}

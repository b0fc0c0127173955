import { Suspense } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { DatasetStatus } from '@/components/dataset-status';
import { Loading } from '@/components/loading';
import { FiltersPanel, PresenceList } from './lazy-panels';

/** The left-hand panel: filters on top, the presences they let through below. */
export function FiltersSlot() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Loading label={t('loading.panel')} panel />}>
      <FiltersPanel />
      <DatasetStatus />
      <PresenceList />
    </Suspense>
  );
}

import { useTranslation } from '@/i18n/use-translation';
import { useDataset } from '@/data/dataset';
import { DataError } from './data-error';
import { Loading } from './loading';

/**
 * Where the presence list and the cluster panels would be: says the dataset is loading, or why it
 * failed, with a retry. Nothing once it is in. Those panels render nothing without the dataset, so
 * this is what keeps them from being silently empty.
 */
export function DatasetStatus() {
  const { t } = useTranslation();
  const dataset = useDataset();
  if (dataset.isPending) return <Loading label={t('loading.dataset')} />;
  if (!dataset.isError) return null;
  return (
    <div>
      <DataError error={dataset.error} onRetry={() => void dataset.refetch()} />
      <p className="mx-3 text-sm text-muted">{t('errors:datasetNeeded')}</p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';

/** Placeholder until issue 4: all 14 clusters in a sortable table, the first screen beside the map. */
export function StatusOverview() {
  const { t } = useTranslation();
  return <p className="p-4 text-sm text-muted">{t('panels.detailsPlaceholder')}</p>;
}

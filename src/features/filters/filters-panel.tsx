import { useTranslation } from 'react-i18next';

/** Placeholder until issue 5: filters for business area, cluster, status, region, erhvervshus area. */
export function FiltersPanel() {
  const { t } = useTranslation();
  return <p className="p-4 text-sm text-muted">{t('panels.filtersPlaceholder')}</p>;
}

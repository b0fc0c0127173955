import { useCallback, useId } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { AREA_NS } from '@/i18n/panel-strings';
import { BackButton } from '@/components/back-button';
import { CsvDownloadButton } from '@/components/csv-download-button';
import { DataError } from '@/components/data-error';
import { Loading } from '@/components/loading';
import { PopulationSource } from '@/components/population-source';
import { useClusterName } from '@/components/use-cluster-name';
import { useLanguage } from '@/i18n/data-labels';
import { comparisonCsv } from '@/lib/area-profile/compare';
import { areaName } from '@/lib/area/area-name';
import { useAppStore } from '@/state/store';
import { CompareTable, useMeasureLabel } from './compare-table';
import { useAreaProfiles } from './use-area-profile';
import { useCellText } from './use-cell-text';
import { useOverlayFocus } from './use-overlay-focus';

/** Up to four areas side by side; in the link, and as CSV. Escape or "Back" closes it. */
export function ComparePanel() {
  const { t } = useTranslation(AREA_NS);
  const language = useLanguage();
  const titleId = useId();
  const areas = useAppStore((s) => s.compareAreas);
  const setOpen = useAppStore((s) => s.setCompareOpen);
  const clusterName = useClusterName();
  const cellText = useCellText();
  const measureLabel = useMeasureLabel();
  const state = useAreaProfiles(areas);
  const onClose = useCallback(() => setOpen(false), [setOpen]);
  const { panel, heading, close } = useOverlayFocus('compare', state.kind, onClose);
  if (state.kind === 'loading') return <Loading label={t('loading')} />;
  if (state.kind === 'failed') return <DataError error={state.error} onRetry={state.retry} />;
  if (state.kind === 'unknown') return null;
  const csv = () =>
    comparisonCsv(state.profiles, {
      areaName: (p) => areaName(p.unit, language),
      measureLabel,
      clusterName,
      cellText,
    });
  return (
    <article ref={panel} aria-labelledby={titleId} className="space-y-3 px-4 pt-2 pb-6" data-testid="compare">
      <BackButton label={t('table.back')} hint={t('table.backHint')} onClick={close} />
      <header>
        <h3 id={titleId} ref={heading} tabIndex={-1} className="text-xl leading-tight font-semibold">
          {t('table.title')}
        </h3>
        <p className="text-xs text-muted">{t('table.intro')}</p>
      </header>
      <CompareTable profiles={state.profiles} clusterName={clusterName} cellText={cellText} />
      <PopulationSource population={state.population} />
      <CsvDownloadButton label={t('table.download')} fileStem="sammenligning" csv={csv} />
    </article>
  );
}

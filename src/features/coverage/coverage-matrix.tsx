import { useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import { PanelRightOpen } from 'lucide-react';
import { openArea } from '@/components/open-area';
import { useAllPresences } from '@/hooks/use-visible-presences';
import { matrixCsv } from '@/lib/coverage/csv';
import type { Geography } from '@/lib/coverage/geography';
import { coverageMatrix, sortMatrix, type MatrixSort } from '@/lib/coverage/matrix';
import { useLanguage } from '@/i18n/data-labels';
import { CsvDownloadButton } from '@/components/csv-download-button';
import { MatrixCell, useCellText } from './matrix-cell';
import { MatrixLegend } from './matrix-legend';
import { areaName, areaShortName } from '@/lib/area/area-name';
import { RadioSegments } from './radio-segments';
import { SortHeader } from '@/components/sort-header';
import { CoverageSection } from './coverage-section';

type Columns = 'erhvervshus' | 'region';

/** Clusters × erhvervshus areas or regions: the strongest status of each cluster in each area. */
export function CoverageMatrix({
  geography,
  clusterIds,
  clusterName,
}: {
  geography: Geography;
  clusterIds: readonly string[];
  clusterName: (id: string) => string;
}) {
  const { t } = useTranslation(COVERAGE_NS);
  const language = useLanguage();
  const presences = useAllPresences();
  const cellText = useCellText();
  const [columns, setColumns] = useState<Columns>('erhvervshus');
  const [sort, setSort] = useState<MatrixSort>({ key: 'cluster', direction: 'ascending' });
  const units = geography.units[columns];
  const rows = useMemo(
    () => sortMatrix(coverageMatrix(presences, units, clusterIds), sort, clusterName, language),
    [presences, units, clusterIds, sort, clusterName, language],
  );
  const toggle = (key: string) =>
    setSort((s) => ({
      key,
      direction:
        s.key === key
          ? s.direction === 'ascending'
            ? 'descending'
            : 'ascending'
          : key === 'cluster'
            ? 'ascending'
            : 'descending',
    }));
  const direction = (key: string) => (sort.key === key ? sort.direction : null);
  return (
    <CoverageSection id="coverage-matrix-title" title={t('matrix.title')}>
      <RadioSegments
        name="coverage-matrix-columns"
        legend={t('matrix.columns')}
        value={columns}
        options={(['erhvervshus', 'region'] as const).map((value) => ({
          value,
          label: t(`controls.levels.${value}`),
        }))}
        onChange={(value) => {
          setColumns(value);
          setSort({ key: 'cluster', direction: 'ascending' });
        }}
      />
      <MatrixLegend />
      <table className="w-full border-collapse text-xs">
        <caption className="mb-1 text-left text-xs text-muted">{t('matrix.caption')}</caption>
        <thead>
          <tr className="border-b border-line">
            <SortHeader
              label={t('matrix.cluster')}
              namedByAction
              action={t('matrix.sortBy', { column: t('matrix.cluster') })}
              direction={direction('cluster')}
              onSort={() => toggle('cluster')}
            />
            {units.map((unit) => (
              <SortHeader
                key={unit.code}
                vertical
                label={
                  <abbr title={areaName(unit, language)} className="no-underline">
                    {areaShortName(unit, language)}
                  </abbr>
                }
                namedByAction
                action={t('matrix.sortBy', { column: areaName(unit, language) })}
                direction={direction(unit.code)}
                onSort={() => toggle(unit.code)}
                className="w-11 lg:w-9"
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.clusterId} className="border-b border-line/60">
              <th scope="row" className="py-1 pr-1 text-left font-medium">
                {clusterName(row.clusterId)}
              </th>
              {units.map((unit) => {
                const cell = row.cells[unit.code] ?? null;
                return <MatrixCell key={unit.code} cell={cell} text={cellText(cell)} />;
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="py-1 pr-1 text-left font-medium">
              {t('matrix.profiles')}
            </th>
            {units.map((unit) => (
              <td key={unit.code} className="p-0 text-center">
                <button
                  type="button"
                  onClick={() => openArea({ kind: unit.level, code: unit.code })}
                  aria-label={t('matrix.openProfile', { name: areaName(unit, language) })}
                  title={t('matrix.openProfile', { name: areaName(unit, language) })}
                  className="inline-flex size-11 items-center justify-center rounded text-brand hover:bg-brand-soft lg:size-8"
                >
                  <PanelRightOpen aria-hidden="true" className="size-4" />
                </button>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <CsvDownloadButton
        label={t('matrix.download')}
        fileStem={`matrix-${columns}`}
        csv={() => matrixCsv(rows, units, clusterName, cellText)}
      />
    </CoverageSection>
  );
}

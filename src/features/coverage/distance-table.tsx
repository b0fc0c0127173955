import { useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import type { MunicipalityDistance } from '@/lib/coverage/distance';
import { sortDistances, type DistanceSort, type DistanceSortKey } from '@/lib/coverage/distance-sort';
import type { Geography } from '@/lib/coverage/geography';
import { useLanguage } from '@/i18n/data-labels';
import { areaShortName } from './names';
import { NearestCell } from './nearest-cell';
import { SortHeader } from '@/components/sort-header';
import { useShowArea } from './use-show-area';

interface Props {
  rows: readonly MunicipalityDistance[];
  geography: Geography;
  clusterName: (id: string) => string;
}

const COLUMNS: DistanceSortKey[] = ['municipality', 'region', 'km', 'nearest'];

/** Every municipality's distance to the nearest counted presence; sortable; a row's name moves the map. */
export function DistanceTable({ rows, geography, clusterName }: Props) {
  const { t } = useTranslation(COVERAGE_NS);
  const language = useLanguage();
  const showArea = useShowArea();
  // Farthest first: the gaps are what this table is for.
  const [sort, setSort] = useState<DistanceSort>({ key: 'km', direction: 'descending' });
  const regionName = useMemo(() => {
    const names = new Map(geography.units.region.map((r) => [r.code, areaShortName(r, language)]));
    return (code: string) => names.get(code) ?? code;
  }, [geography, language]);
  const sorted = useMemo(
    () =>
      sortDistances(
        rows,
        sort,
        { regionName, nearestName: (r) => r.nearest.map((n) => n.place).join(', ') },
        language,
      ),
    [rows, sort, regionName, language],
  );
  const km = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const toggle = (key: DistanceSortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  return (
    <table className="w-full border-collapse text-xs">
      <caption className="mb-1 text-left text-xs text-muted">{t('distance.caption')}</caption>
      <thead>
        <tr className="border-b border-line">
          {COLUMNS.map((key) => (
            <SortHeader
              key={key}
              label={t(`distance.${key}`)}
              namedByAction
              action={t('distance.sortBy', { column: t(`distance.${key}`) })}
              direction={sort.key === key ? sort.direction : null}
              onSort={() => toggle(key)}
              className={key === 'km' ? 'w-14 text-right' : ''}
            />
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.unit.code} className="border-b border-line/60 align-top">
            <th scope="row" className="p-0 text-left font-medium">
              <button
                type="button"
                onClick={() => showArea(row.unit.bounds)}
                className="min-h-11 w-full rounded px-1 text-left text-brand underline-offset-2 hover:underline lg:min-h-7"
              >
                {row.unit.name}
              </button>
            </th>
            <td className="px-1 py-1.5">{regionName(row.unit.region)}</td>
            <td className="px-1 py-1.5 text-right tabular-nums">
              {row.km === null ? t('distance.none') : km.format(row.km)}
              {row.areaLevel && <span aria-hidden="true">*</span>}
            </td>
            <NearestCell row={row} clusterName={clusterName} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

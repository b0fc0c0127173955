import { useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import type { MunicipalityDistance } from '@/lib/coverage/distance';
import { sortDistances, type DistanceSort, type DistanceSortKey } from '@/lib/coverage/distance-sort';
import type { Geography } from '@/lib/coverage/geography';
import { municipalityBeyond, type RadiusKm } from '@/lib/coverage/residents';
import type { Population } from '@/lib/population/population';
import { openArea } from '@/components/open-area';
import { useLanguage } from '@/i18n/data-labels';
import { areaShortName } from '@/lib/area/area-name';
import { formatNumber } from '@/model/locale';
import { NearestCell } from './nearest-cell';
import { SortHeader } from '@/components/sort-header';

interface Props {
  rows: readonly MunicipalityDistance[];
  geography: Geography;
  population: Population;
  radius: RadiusKm;
  clusterName: (id: string) => string;
  initialSort: 'km' | 'residents';
}

const COLUMNS: DistanceSortKey[] = ['municipality', 'region', 'km', 'residents', 'nearest'];

/**
 * Every municipality's distance to the nearest counted presence and its residents beyond D km;
 * sortable (by residents: the biggest white spots by people first); a row's name opens its profile.
 */
export function DistanceTable({ rows, geography, population, radius, clusterName, initialSort }: Props) {
  const { t } = useTranslation(COVERAGE_NS);
  const language = useLanguage();
  // Farthest (or most people far away) first: the gaps are what this table is for.
  const [sort, setSort] = useState<DistanceSort>({ key: initialSort, direction: 'descending' });
  const beyond = useMemo(
    () => (row: MunicipalityDistance) => municipalityBeyond(row, population, radius),
    [population, radius],
  );
  const label = (key: DistanceSortKey) =>
    key === 'residents' ? t('distance.residents', { km: radius }) : t(`distance.${key}`);
  const longLabel = (key: DistanceSortKey) =>
    key === 'residents' ? t('distance.residentsLong', { km: radius }) : t(`distance.${key}`);
  const regionName = useMemo(() => {
    const names = new Map(geography.units.region.map((r) => [r.code, areaShortName(r, language)]));
    return (code: string) => names.get(code) ?? code;
  }, [geography, language]);
  const sorted = useMemo(
    () =>
      sortDistances(
        rows,
        sort,
        { regionName, nearestName: (r) => r.nearest.map((n) => n.place).join(', '), residentsBeyond: beyond },
        language,
      ),
    [rows, sort, regionName, beyond, language],
  );
  const km = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  // Numbers start with the largest, names with A.
  const numeric = (key: DistanceSortKey) => key === 'km' || key === 'residents';
  const toggle = (key: DistanceSortKey) =>
    setSort((s) => ({
      key,
      direction:
        s.key === key
          ? s.direction === 'ascending'
            ? 'descending'
            : 'ascending'
          : numeric(key)
            ? 'descending'
            : 'ascending',
    }));
  return (
    <table className="w-full border-collapse text-xs">
      <caption className="mb-1 text-left text-xs text-muted">{t('distance.caption', { km: radius })}</caption>
      <thead>
        <tr className="border-b border-line">
          {COLUMNS.map((key) => (
            <SortHeader
              key={key}
              label={label(key)}
              namedByAction={key === 'residents'}
              action={t('distance.sortBy', { column: longLabel(key) })}
              direction={sort.key === key ? sort.direction : null}
              onSort={() => toggle(key)}
              className={key === 'km' ? 'w-14 text-right' : key === 'residents' ? 'w-16 text-right' : ''}
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
                onClick={() => openArea({ kind: 'municipality', code: row.unit.code })}
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
            <td className="px-1 py-1.5 text-right tabular-nums">
              {beyond(row) ? formatNumber(beyond(row), language) : '–'}
            </td>
            <NearestCell row={row} clusterName={clusterName} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

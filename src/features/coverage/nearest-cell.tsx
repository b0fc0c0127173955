import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import type { MunicipalityDistance } from '@/lib/coverage/distance';
import { PlaceMarks } from './place-marks';

/** "Roskilde (CLEAN, DigitalLead)": the nearest place and every cluster there, grouped by place. */
export function NearestCell({
  row,
  clusterName,
}: {
  row: MunicipalityDistance;
  clusterName: (id: string) => string;
}) {
  const { t } = useTranslation(COVERAGE_NS);
  if (!row.nearest.length) return <td className="px-1 py-1.5 text-muted">{t('distance.none')}</td>;
  const places = new Map<string, { areaLevel: boolean; inferred: boolean; clusters: string[] }>();
  for (const n of row.nearest) {
    const entry = places.get(n.place) ?? { areaLevel: n.areaLevel, inferred: true, clusters: [] };
    entry.inferred &&= n.inferred;
    entry.clusters.push(clusterName(n.clusterId));
    places.set(n.place, entry);
  }
  return (
    <td className="px-1 py-1.5">
      {[...places].map(([place, entry], i) => (
        <span key={place}>
          {i > 0 && '; '}
          <span lang="da">{place}</span>
          <PlaceMarks areaLevel={entry.areaLevel} inferred={entry.inferred} /> ({entry.clusters.join(', ')})
        </span>
      ))}
    </td>
  );
}

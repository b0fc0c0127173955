import { useId } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import { LocateFixed } from 'lucide-react';
import type { AreaCoverage } from '@/lib/coverage/area-coverage';
import { residentsBeyond, type AreaResidents, type RadiusKm } from '@/lib/coverage/residents';
import { openArea } from '@/components/open-area';
import { formatFixed } from '@/lib/format/figures';
import { useLanguage } from '@/i18n/data-labels';
import { ClusterCellLine } from './cluster-cell-line';
import { areaName } from '@/lib/area/area-name';

interface Props {
  area: AreaCoverage;
  residents: AreaResidents | undefined;
  radius: RadiusKm;
  total: number;
  includeAnnounced: boolean;
  clusterName: (id: string) => string;
}

/**
 * "Region Sjælland: 2 af 14 klynger til stede (which); 4 flere annonceret (which, with status)", and
 * how many of its residents live beyond D km. Its button opens the area's profile.
 */
export function AreaCard({ area, residents, radius, total, includeAnnounced, clusterName }: Props) {
  const { t } = useTranslation(COVERAGE_NS);
  const language = useLanguage();
  const headingId = useId();
  const established = area.present.filter((c) => c.status === 'established');
  const announced = includeAnnounced
    ? area.present.filter((c) => c.status !== 'established')
    : area.uncounted;
  const name = areaName(area.unit, language);
  // Counted like the others, and said apart: a head office read from a name is not a stated office.
  const inferred = area.present.filter((c) => c.inferred).length;
  return (
    <article aria-labelledby={headingId} className="rounded-md border border-line bg-paper p-3">
      <div className="flex items-start justify-between gap-2">
        <h4 id={headingId} className="text-sm font-semibold">
          {name}
        </h4>
        <button
          type="button"
          onClick={() => openArea({ kind: area.unit.level, code: area.unit.code })}
          aria-label={`${t('cards.showOnMap')}: ${name}`}
          className="-mt-1 -mr-1 flex min-h-11 shrink-0 items-center gap-1 rounded px-2 text-xs font-medium text-brand hover:bg-brand-soft lg:min-h-8"
        >
          <LocateFixed aria-hidden="true" className="size-3.5" />
          {t('cards.showOnMap')}
        </button>
      </div>
      <p className="mt-1 text-sm">
        <strong className="text-lg">
          {t(includeAnnounced ? 'cards.presentWithAnnounced' : 'cards.present', {
            count: area.present.length,
            total,
          })}
        </strong>
        {inferred > 0 && <span className="ml-1 text-muted">{t('cards.inferred', { count: inferred })}</span>}
      </p>
      {established.length > 0 && (
        <ul aria-label={t('cards.listPresent')} className="mt-1 space-y-0.5">
          {established.map((cell) => (
            <ClusterCellLine key={cell.clusterId} cell={cell} clusterName={clusterName} showStatus={false} />
          ))}
        </ul>
      )}
      {residents && (
        <p className="mt-1 text-xs text-muted">
          {t('cards.beyond', {
            beyond: residentsBeyond(residents, radius),
            residents: residents.residents,
            percent: formatFixed(
              residents.residents ? (residentsBeyond(residents, radius) / residents.residents) * 100 : 0,
              language,
            ),
            km: radius,
          })}
        </p>
      )}
      {(announced.length > 0 || !includeAnnounced) && (
        <p className="mt-2 text-sm font-semibold">
          {announced.length
            ? t(includeAnnounced ? 'cards.ofWhich' : 'cards.more', { count: announced.length })
            : t('cards.noneMore')}
        </p>
      )}
      {announced.length > 0 && (
        <ul aria-label={t('cards.listAnnounced')} className="mt-1 space-y-0.5">
          {announced.map((cell) => (
            <ClusterCellLine key={cell.clusterId} cell={cell} clusterName={clusterName} showStatus />
          ))}
        </ul>
      )}
    </article>
  );
}

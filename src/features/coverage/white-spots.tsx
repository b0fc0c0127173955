import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import { whiteSpots, type AreaCoverage } from '@/lib/coverage/area-coverage';
import { useLanguage } from '@/i18n/data-labels';
import { areaName } from '@/lib/area/area-name';
import { CoverageSection } from './coverage-section';
import { openArea } from '@/components/open-area';
import type { AreaLevel } from '@/model/view';

/** The areas where no selected cluster is present with a counted status; each moves the map there. */
export function WhiteSpots({ areas, level }: { areas: readonly AreaCoverage[]; level: AreaLevel }) {
  const { t } = useTranslation(COVERAGE_NS);
  const language = useLanguage();
  const spots = whiteSpots(areas);
  const names = t(`controls.levels.${level}`).toLowerCase();
  return (
    <CoverageSection id="coverage-white-spots-title" title={t('whiteSpots.title')}>
      <p className="text-xs">
        {spots.length
          ? t('whiteSpots.some', { count: spots.length, total: areas.length, areas: names })
          : t('whiteSpots.none', { areas: names })}
      </p>
      {spots.length > 0 && (
        <ul className="flex flex-wrap gap-1">
          {spots.map((spot) => (
            <li key={spot.unit.code}>
              <button
                type="button"
                onClick={() => openArea({ kind: spot.unit.level, code: spot.unit.code })}
                className="flex min-h-11 items-center rounded border border-line bg-canvas px-2 text-xs hover:bg-brand-soft lg:min-h-7"
              >
                {areaName(spot.unit, language)}
                {spot.uncounted.length > 0 && (
                  <span className="ml-1 text-muted">({t('whiteSpots.announcedThere')})</span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </CoverageSection>
  );
}

import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import type { AreaCoverage } from '@/lib/coverage/area-coverage';
import type { AreaResidents } from '@/lib/coverage/residents';
import { useLanguage } from '@/i18n/data-labels';
import { AreaCard } from './area-card';
import { areaName } from '@/lib/area/area-name';
import { CoverageSection } from './coverage-section';
import type { AreaLevel, RadiusKm } from '@/model/view';

interface Props {
  areas: readonly AreaCoverage[];
  residents: readonly AreaResidents[];
  radius: RadiusKm;
  level: AreaLevel;
  total: number;
  includeAnnounced: boolean;
  clusterName: (id: string) => string;
}

/**
 * One gap card per area, fewest clusters first so the gaps lead. At municipality level only the
 * municipalities with something to say get a card; the white-spot list names the rest.
 */
export function AreaCards({ areas, residents, radius, level, total, includeAnnounced, clusterName }: Props) {
  const { t } = useTranslation(COVERAGE_NS);
  const language = useLanguage();
  const people = new Map(residents.map((r) => [r.unit.code, r]));
  const shown =
    level === 'municipality' ? areas.filter((a) => a.present.length || a.uncounted.length) : areas;
  const sorted = [...shown].sort(
    (a, b) =>
      a.present.length - b.present.length ||
      areaName(a.unit, language).localeCompare(areaName(b.unit, language), language),
  );
  return (
    <CoverageSection
      id="coverage-cards-title"
      title={t('cards.title', { level: t(`cards.levelNames.${level}`) })}
    >
      {level === 'municipality' && (
        <p className="text-xs text-muted">{t('cards.municipalityNote', { count: shown.length })}</p>
      )}
      {sorted.map((area) => (
        <AreaCard
          key={area.unit.code}
          area={area}
          residents={people.get(area.unit.code)}
          radius={radius}
          total={total}
          includeAnnounced={includeAnnounced}
          clusterName={clusterName}
        />
      ))}
    </CoverageSection>
  );
}

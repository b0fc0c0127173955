import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import type { AreaCoverage } from '@/lib/coverage/area-coverage';
import { useLanguage } from '@/i18n/data-labels';
import { AreaCard } from './area-card';
import { areaName } from './names';
import { CoverageSection } from './coverage-section';
import type { AreaLevel } from '@/model/view';

interface Props {
  areas: readonly AreaCoverage[];
  level: AreaLevel;
  total: number;
  includeAnnounced: boolean;
  clusterName: (id: string) => string;
}

/**
 * One gap card per area, fewest clusters first so the gaps lead. At municipality level only the
 * municipalities with something to say get a card; the white-spot list names the rest.
 */
export function AreaCards({ areas, level, total, includeAnnounced, clusterName }: Props) {
  const { t } = useTranslation(COVERAGE_NS);
  const language = useLanguage();
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
          total={total}
          includeAnnounced={includeAnnounced}
          clusterName={clusterName}
        />
      ))}
    </CoverageSection>
  );
}

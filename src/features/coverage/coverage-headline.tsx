import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import { PopulationSource } from '@/components/population-source';
import { useLanguage } from '@/i18n/data-labels';
import { residentsBeyond, type RadiusKm, type ResidentsMeasure } from '@/lib/coverage/residents';
import { formatDay, formatFixed } from '@/lib/format/figures';
import type { Population } from '@/lib/population/population';

interface Props {
  denmark: ResidentsMeasure;
  population: Population;
  radius: RadiusKm;
  /** The filters narrow the clusters: the sentence says "of the selected clusters". */
  filtered: boolean;
}

/** "N indbyggere, X % af Danmark, bor mere end 50 km fra …": the gap in people, in one sentence. */
export function CoverageHeadline({ denmark, population, radius, filtered }: Props) {
  const { t } = useTranslation(COVERAGE_NS);
  const language = useLanguage();
  const beyond = residentsBeyond(denmark, radius);
  return (
    <div className="rounded-md border border-line bg-paper p-3" data-testid="coverage-headline">
      <p className="text-base leading-snug font-semibold">
        {t(filtered ? 'headline.some' : 'headline.all', {
          residents: beyond,
          percent: formatFixed(denmark.residents ? (beyond / denmark.residents) * 100 : 0, language),
          km: radius,
        })}
      </p>
      <p className="mt-1 text-xs text-muted">
        {t('headline.date', { date: formatDay(population.date, language) })}
      </p>
      <PopulationSource population={population} />
    </div>
  );
}

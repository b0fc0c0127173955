import { useTranslation } from '@/i18n/use-translation';
import { AREA_NS } from '@/i18n/panel-strings';
import type { Presence } from '@/model/schema';
import { useLanguage } from '@/i18n/data-labels';
import type { AreaProfile } from '@/lib/area-profile/profile';
import { formatDay, formatFixed } from '@/lib/format/figures';
import type { Population } from '@/lib/population/population';
import { AreaButton } from './area-button';
import { MeasuringPoint } from './measuring-point';
import { PopulationSource } from '@/components/population-source';

/** Residents and their share of Denmark, where the area lies, what it holds, where distances start. */
export function ProfileFacts({
  profile,
  population,
}: {
  profile: AreaProfile<Presence>;
  population: Population;
}) {
  const { t } = useTranslation(AREA_NS);
  const language = useLanguage();
  const { relations, unit } = profile;
  const row = (label: string, units: typeof relations.within) =>
    units.length > 0 && (
      <>
        <dt className="pt-1.5 text-muted">{label}</dt>
        <dd className="-ml-1">
          {units.map((u) => (
            <AreaButton key={`${u.level}:${u.code}`} unit={u} />
          ))}
        </dd>
      </>
    );
  return (
    <div className="px-4 pb-3">
      <dl aria-label={t('facts.label')} className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="text-muted">{t('facts.residents', { date: formatDay(population.date, language) })}</dt>
        <dd className="font-semibold" data-testid="profile-residents">
          {t('facts.residentsValue', {
            residents: profile.residents,
            percent: formatFixed(profile.shareOfDenmark * 100, language),
          })}
        </dd>
        {row(t('facts.within'), relations.within)}
        {row(t('facts.same'), relations.same)}
        {row(t('facts.contains'), relations.contains)}
        {unit.level === 'municipality' && <MeasuringPoint code={unit.code} population={population} />}
      </dl>
      {relations.municipalities.length > 0 && (
        <details className="mt-1 text-sm">
          <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand lg:min-h-8">
            {t('facts.municipalities', { count: relations.municipalities.length })}
          </summary>
          <ul className="-ml-1 flex flex-wrap gap-x-1">
            {relations.municipalities.map((m) => (
              <li key={m.code}>
                <AreaButton unit={m} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <PopulationSource population={population} />
    </div>
  );
}

import { useTranslation } from '@/i18n/use-translation';
import { AREA_NS } from '@/i18n/panel-strings';
import type { Population } from '@/lib/population/population';

/** Where the municipality's distances are measured from, in words (src/lib/population/measuring-point.ts). */
export function MeasuringPoint({ code, population }: { code: string; population: Population }) {
  const { t } = useTranslation(AREA_NS);
  const m = population.byCode.get(code);
  if (!m) return null;
  const text = m.snapped
    ? t('facts.pointSnapped', { town: m.snapped })
    : m.towns.length === 1
      ? t('facts.pointTown', { town: m.towns[0] })
      : t('facts.pointTowns', { towns: m.towns.join(', ') });
  return (
    <>
      <dt className="pt-1.5 text-muted">{t('facts.point')}</dt>
      <dd className="pt-1.5">{text}</dd>
    </>
  );
}

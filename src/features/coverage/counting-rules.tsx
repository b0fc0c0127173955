import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';

const RULES = [
  'once',
  'city',
  'area',
  'inferred',
  'statuses',
  'distance',
  'residents',
  'areaReach',
  'population',
  'classes',
] as const;

/** "Sådan tælles": the counting rules of src/lib/coverage in plain words. */
export function CountingRules() {
  const { t } = useTranslation(COVERAGE_NS);
  return (
    <details className="rounded-md border border-line text-sm">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 font-semibold text-brand lg:min-h-9">
        {t('rules.summary')}
      </summary>
      <ul className="list-disc space-y-1.5 px-3 pb-3 pl-7 text-xs leading-relaxed">
        {RULES.map((rule) => (
          <li key={rule}>{t(`rules.${rule}`)}</li>
        ))}
      </ul>
    </details>
  );
}

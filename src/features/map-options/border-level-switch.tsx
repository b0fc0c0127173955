import { useTranslation } from '@/i18n/use-translation';
import { useAppStore } from '@/state/store';
import type { BorderLevel } from '@/state/slices/ui-slice';

const LEVELS: BorderLevel[] = ['region', 'erhvervshus'];

/** Chooses which administrative borders the base map draws boldly. */
export function BorderLevelSwitch() {
  const { t } = useTranslation('map');
  const level = useAppStore((s) => s.borderLevel);
  const setLevel = useAppStore((s) => s.setBorderLevel);
  return (
    <fieldset className="rounded-md border border-line bg-paper/95 px-2 py-1 text-xs shadow-sm">
      <legend className="sr-only">{t('borders.label')}</legend>
      <div className="flex gap-1" aria-hidden="false">
        {LEVELS.map((value) => (
          <label
            key={value}
            className="flex min-h-11 cursor-pointer lg:min-h-8 items-center gap-1.5 rounded px-1.5 has-[:checked]:font-semibold has-[:checked]:text-brand"
          >
            <input
              type="radio"
              name="border-level"
              value={value}
              checked={level === value}
              onChange={() => setLevel(value)}
              className="accent-brand"
            />
            {t(`borders.${value}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

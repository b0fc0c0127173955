import { useTranslation } from '@/i18n/use-translation';
import { X } from 'lucide-react';
import { FILTER_KEYS, tickedValues } from '@/model/filters';
import { useAppStore } from '@/state/store';
import { useOptionLabel } from '@/components/use-option-label';

/** The ticked values as removable chips, so the whole question is visible at a glance. */
export function ActiveFilterChips() {
  const { t } = useTranslation('filters');
  const filters = useAppStore((s) => s.filters);
  const toggle = useAppStore((s) => s.toggleFilterValue);
  const label = useOptionLabel();
  const chips = FILTER_KEYS.flatMap((key) =>
    tickedValues(filters, key).map((value) => ({ key, value, label: label(key, value) })),
  );
  if (!chips.length) return null;
  return (
    <ul aria-label={t('activeLabel')} className="flex flex-wrap gap-1.5 px-4 pb-2">
      {chips.map((chip) => (
        <li key={`${chip.key}:${chip.value}`}>
          <button
            type="button"
            onClick={() => toggle(chip.key, chip.value)}
            aria-label={t('remove', { label: chip.label })}
            className="inline-flex min-h-11 items-center gap-1 rounded-full border border-brand/40 bg-brand-soft py-0.5 pr-1.5 pl-2.5 text-xs font-medium text-brand hover:bg-brand hover:text-white lg:min-h-7"
          >
            {chip.label}
            <X aria-hidden="true" className="size-3.5" />
          </button>
        </li>
      ))}
    </ul>
  );
}

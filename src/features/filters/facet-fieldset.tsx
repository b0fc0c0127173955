import { useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { ChevronRight } from 'lucide-react';
import { useFormatNumber } from '@/i18n/data-labels';
import { useAppStore } from '@/state/store';
import type { FacetGroup } from './use-facets';

interface Props {
  group: FacetGroup;
  defaultOpen: boolean;
}

/**
 * One facet: a native disclosure (keeps the panel short) around a real fieldset of checkboxes.
 * Each checkbox's name is its label then its count, "Energiteknologi (1)".
 */
export function FacetFieldset({ group, defaultOpen }: Props) {
  const { t } = useTranslation('filters');
  const toggle = useAppStore((s) => s.toggleFilterValue);
  const [open, setOpen] = useState(defaultOpen);
  const selected = group.options.filter((o) => o.checked).length;
  const number = useFormatNumber();
  const legend = t(`facets.${group.key}`);
  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="group border-b border-line last:border-b-0"
    >
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-4 text-sm font-semibold hover:bg-canvas lg:min-h-9 [&::-webkit-details-marker]:hidden">
        <ChevronRight
          aria-hidden="true"
          className="size-4 shrink-0 transition-transform group-open:rotate-90"
        />
        <span className="flex-1">{legend}</span>
        {selected > 0 && (
          <span className="rounded-full bg-brand px-2 py-0.5 text-xs font-medium text-white">
            {t('selected', { count: selected })}
          </span>
        )}
      </summary>
      <fieldset className="px-4 pb-2">
        <legend className="sr-only">{legend}</legend>
        {group.options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded px-1 text-sm hover:bg-canvas lg:min-h-8"
          >
            <input
              type="checkbox"
              checked={option.checked}
              onChange={() => toggle(group.key, option.value)}
              className="size-4 shrink-0 accent-brand"
            />
            {option.swatch && (
              // The map's colour and two-letter code; the code sits on white so it stays legible
              // for every colour of the palette.
              <span aria-hidden="true" className="flex w-8 shrink-0 items-center gap-1">
                <span className="size-3 rounded-sm" style={{ backgroundColor: option.swatch.color }} />
                <span className="text-[10px] font-bold text-ink">{option.swatch.code}</span>
              </span>
            )}
            <span className={`flex-1 ${option.count === 0 && !option.checked ? 'text-muted' : ''}`}>
              {option.label}
            </span>
            <span className="text-xs text-muted tabular-nums">({number(option.count)})</span>
          </label>
        ))}
        {(group.key === 'regions' || group.key === 'erhvervshus') && (
          <p className="mt-1 text-xs text-muted">{t('areaRule')}</p>
        )}
      </fieldset>
    </details>
  );
}

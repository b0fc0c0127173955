import { useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Maximize2, RotateCcw } from 'lucide-react';
import { useBaseMap } from '@/data/base-map';
import { useAllPresences, useVisiblePresences } from '@/hooks/use-visible-presences';
import { isActive } from '@/model/filters';
import { createPresenceBounds } from '@/lib/search/presence-bounds';
import { useAppStore } from '@/state/store';

/** How many presences the filters let through (live), reset, and fit the map to them. */
export function FilterSummary() {
  const { t } = useTranslation('filters');
  const visible = useVisiblePresences();
  const total = useAllPresences().length;
  const { data: baseMap } = useBaseMap();
  const filters = useAppStore((s) => s.filters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const requestFocus = useAppStore((s) => s.requestFocus);
  const closeDrawer = useAppStore((s) => s.closeDrawer);
  const boundsOf = useMemo(() => createPresenceBounds(baseMap?.municipalities.features ?? []), [baseMap]);
  const bounds = useMemo(() => boundsOf(visible), [boundsOf, visible]);
  const button =
    'inline-flex min-h-11 items-center gap-1 rounded-md border border-line px-2 text-sm font-medium text-brand hover:bg-brand-soft disabled:cursor-not-allowed disabled:text-muted disabled:hover:bg-transparent lg:min-h-8 lg:text-xs';

  return (
    <div className="space-y-2 px-4 pt-3 pb-2">
      <p role="status" data-visible-count={visible.length} className="text-sm font-medium">
        {t('summary', { count: total, visible: visible.length })}
        {visible.length === 0 && total > 0 && (
          <span className="block font-normal text-muted">{t('noneMatch')}</span>
        )}
      </p>
      <div className="flex flex-wrap gap-1.5">
        <button type="button" onClick={resetFilters} disabled={!isActive(filters)} className={button}>
          <RotateCcw aria-hidden="true" className="size-4" />
          {t('reset')}
        </button>
        <button
          type="button"
          disabled={!bounds}
          onClick={() => {
            if (!bounds) return;
            requestFocus({ kind: 'bounds', bounds });
            closeDrawer(); // on a phone, show the map the button just moved
          }}
          className={button}
        >
          <Maximize2 aria-hidden="true" className="size-4" />
          {t('fit')}
        </button>
      </div>
    </div>
  );
}

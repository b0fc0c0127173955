import { useTranslation } from '@/i18n/use-translation';
import { Info, SlidersHorizontal } from 'lucide-react';
import { useAppStore } from '@/state/store';

/** At phone width the map comes first; these buttons open the panels as bottom sheets. */
export function PhonePanelBar() {
  const { t } = useTranslation();
  const drawer = useAppStore((s) => s.drawer);
  const openDrawer = useAppStore((s) => s.openDrawer);
  const button = 'flex min-h-11 flex-1 items-center justify-center gap-2 rounded-md text-sm font-medium';
  return (
    <nav
      aria-label={t('panels.nav')}
      data-panel-bar
      className="flex gap-2 border-t border-line bg-paper p-2 lg:hidden"
    >
      <button
        type="button"
        aria-expanded={drawer === 'filters'}
        aria-controls="filters-panel"
        onClick={() => openDrawer('filters')}
        className={`${button} bg-brand-soft text-brand`}
      >
        <SlidersHorizontal aria-hidden="true" className="size-4" />
        {t('panels.openFilters')}
      </button>
      <button
        type="button"
        aria-expanded={drawer === 'details'}
        aria-controls="details-panel"
        onClick={() => openDrawer('details')}
        className={`${button} bg-brand-soft text-brand`}
      >
        <Info aria-hidden="true" className="size-4" />
        {t('panels.openDetails')}
      </button>
    </nav>
  );
}

import { useTranslation } from '@/i18n/use-translation';
import { MapPin, Grid2x2Check } from 'lucide-react';
import { useAppStore } from '@/state/store';
import { VIEWS, type View } from '@/model/view';

const ICONS: Record<View, typeof MapPin> = { presences: MapPin, coverage: Grid2x2Check };

/** Switches the map between where clusters are and where they are not. */
export function ViewSwitch() {
  const { t } = useTranslation('map');
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <div
      role="group"
      aria-label={t('views.label')}
      className="flex rounded-md border border-line bg-paper p-0.5 shadow-sm"
    >
      {VIEWS.map((value) => {
        const Icon = ICONS[value];
        const active = view === value;
        return (
          <button
            key={value}
            type="button"
            aria-pressed={active}
            onClick={() => setView(value)}
            className={`flex min-h-11 items-center gap-1.5 rounded px-2 text-sm font-medium sm:px-3 lg:min-h-9 ${
              active ? 'bg-brand text-white' : 'text-ink hover:bg-brand-soft'
            }`}
          >
            <Icon aria-hidden="true" className="size-4" />
            {t(`views.${value}`)}
          </button>
        );
      })}
    </div>
  );
}

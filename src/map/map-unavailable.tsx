import { useEffect } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { MapPinOff } from 'lucide-react';
import { useAppStore } from '@/state/store';

interface Props {
  message: string;
  /** What still works without the map; by default the full app's panels, lists and tables. */
  body?: string;
}

export function MapUnavailable({ message, body }: Props) {
  const { t } = useTranslation('map');
  const setMapStatus = useAppStore((s) => s.setMapStatus);
  useEffect(() => {
    setMapStatus({ kind: 'unavailable', message });
  }, [message, setMapStatus]);
  return (
    <div
      role="alert"
      className="flex h-full items-center justify-center bg-canvas p-6"
      data-map-unavailable="true"
    >
      <div className="max-w-md rounded-lg border border-line bg-paper p-5 shadow-sm">
        <h2 className="flex items-center gap-2 text-lg font-semibold">
          <MapPinOff aria-hidden="true" className="size-5 text-muted" />
          {t('noWebgl.title')}
        </h2>
        <p className="mt-2 text-sm">{body ?? t('noWebgl.body')}</p>
        <p className="mt-2 text-xs text-muted">{t('noWebgl.detail', { message })}</p>
      </div>
    </div>
  );
}

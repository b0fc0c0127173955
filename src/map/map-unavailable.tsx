import { useEffect } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { MapPinOff } from 'lucide-react';
import { useAppStore } from '@/state/store';

export function MapUnavailable({ message }: { message: string }) {
  const { t } = useTranslation('map');
  const setMapStatus = useAppStore((s) => s.setMapStatus);
  // What still works: the full app's lists and panels, or an embed's description (its strings come
  // with the embed's frame; until then the general words stand).
  const embed = useAppStore((s) => s.embed);
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
        <p className="mt-2 text-sm">
          {t(embed ? 'embed:noWebgl' : 'noWebgl.body', { defaultValue: t('noWebgl.body') })}
        </p>
        <p className="mt-2 text-xs text-muted">{t('noWebgl.detail', { message })}</p>
      </div>
    </div>
  );
}

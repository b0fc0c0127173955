import { useTranslation } from '@/i18n/use-translation';
import { X } from 'lucide-react';
import { useAppStore } from '@/state/store';

/** Short messages such as "the link named an unknown cluster"; polite, dismissable, never blocking. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div
      role="status"
      aria-live="polite"
      data-map-overlay
      className="pointer-events-none absolute top-2 left-1/2 z-20 w-[min(32rem,90%)] -translate-x-1/2 space-y-2"
    >
      {notices.map((notice) => (
        <div
          key={notice.id}
          className="pointer-events-auto flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 shadow"
        >
          <p className="flex-1">{t(notice.key, notice.values)}</p>
          <button
            type="button"
            onClick={() => dismiss(notice.id)}
            aria-label={t('notices.dismiss')}
            className="flex size-11 shrink-0 items-center justify-center rounded hover:bg-amber-100 lg:size-8"
          >
            <X aria-hidden="true" className="size-4" />
          </button>
        </div>
      ))}
    </div>
  );
}

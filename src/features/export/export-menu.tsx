import { useTranslation } from '@/i18n/use-translation';
import { EXPORT_NS } from '@/i18n/panel-strings';
import { Download } from 'lucide-react';
import { useVisiblePresences } from '@/hooks/use-visible-presences';
import { useViewDescription } from '@/components/use-view-description';
import { useAppStore } from '@/state/store';
import { useDisclosure } from '@/components/use-disclosure';
import { ExportActions } from './export-actions';
import { PrintDescription } from './print-description';
import { PrintSummary } from './print-summary';
import { useExportSummary } from './use-export-summary';

/**
 * "Eksportér" in the header: a disclosure with the four ways to take the map into a document. Escape
 * or a click elsewhere closes it and hands focus back to the button.
 */
export function ExportMenu() {
  const { t } = useTranslation(EXPORT_NS);
  const { open, close, root, buttonProps, panelProps } = useDisclosure();
  const summary = useExportSummary();
  const description = useViewDescription(open);
  const count = useVisiblePresences().length;
  const mapReady = useAppStore((s) => s.mapStatus.kind === 'ready');

  return (
    <div ref={root} className="relative">
      <button
        {...buttonProps}
        className={`flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md border border-white/40 px-2.5 text-sm font-medium lg:min-h-9 ${
          open ? 'bg-white text-brand' : 'text-white hover:bg-white/15'
        }`}
      >
        <Download aria-hidden="true" className="size-4" />
        <span className="sr-only sm:not-sr-only">{t('button')}</span>
      </button>
      <div
        {...panelProps}
        role="group"
        aria-label={t('menuLabel')}
        className="absolute top-full right-0 z-40 mt-1 w-[min(20rem,calc(100vw-1rem))] rounded-md border border-line bg-paper p-2 text-ink shadow-lg"
      >
        <p className="px-1 pb-1 text-xs text-muted">{t('scope', { count })}</p>
        <ExportActions summary={summary} description={description} mapReady={mapReady} onPrint={close} />
      </div>
      <PrintSummary summary={summary} />
      <PrintDescription />
    </div>
  );
}

import { useTranslation } from '@/i18n/use-translation';
import { BookOpenText } from 'lucide-react';
import { useAppStore } from '@/state/store';

/** Below this width the right panel is a bottom sheet (Tailwind's lg breakpoint, 64rem). */
const PHONE = '(max-width: 63.99rem)';

/**
 * The header's way into the note from anywhere. A toggle: pressed while the reader is open. On a phone
 * it also opens the details sheet, where the reader lives. Imported by the header, so it stays tiny and
 * the reader itself loads only when opened.
 */
export function OpenNoteButton() {
  const { t } = useTranslation();
  const readerOpen = useAppStore((s) => s.readerOpen);
  const openReader = useAppStore((s) => s.openReader);
  const closeReader = useAppStore((s) => s.closeReader);
  const openDrawer = useAppStore((s) => s.openDrawer);
  const sheetShown = useAppStore((s) => s.drawer === 'details');
  const toggle = () => {
    const phone = window.matchMedia(PHONE).matches;
    // On a phone with the sheet closed, an open reader is out of sight: show it rather than close it.
    if (readerOpen && (!phone || sheetShown)) return closeReader();
    if (!readerOpen) openReader();
    if (phone) openDrawer('details');
  };
  return (
    <button
      id="open-note-button"
      type="button"
      aria-pressed={readerOpen}
      onClick={toggle}
      className={`flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md border border-white/40 px-2.5 text-sm font-medium lg:min-h-9 ${
        readerOpen ? 'bg-white text-brand' : 'text-white hover:bg-white/15'
      }`}
    >
      <BookOpenText aria-hidden="true" className="size-4" />
      {/* Icon only on a phone, where the header is narrow; the name stays for screen readers. */}
      <span className="sr-only sm:not-sr-only">{t('openNote')}</span>
    </button>
  );
}

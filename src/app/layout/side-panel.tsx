import { useState, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { ChevronsUp, PanelLeftClose, PanelRightClose } from 'lucide-react';
import { useAppStore } from '@/state/store';
import type { Drawer } from '@/state/slices/ui-slice';
import { DialogHeader } from '@/components/dialog-header';
import { ErrorBoundary } from '@/components/error-boundary';
import { useSheetKeyboard } from './use-sheet-keyboard';
import { FoldRail } from './fold-rail';

interface Props {
  drawer: Drawer;
  title: string;
  side: 'left' | 'right';
  children: ReactNode;
}

/**
 * A column beside the map on wide screens, which folds to a slim rail so the map gets the width; a
 * bottom sheet over the map on phones, where folding does not apply.
 */
export function SidePanel({ drawer, title, side, children }: Props) {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.drawer === drawer);
  const closeDrawer = useAppStore((s) => s.closeDrawer);
  const folded = useAppStore((s) => s.folded.includes(drawer));
  const setFolded = useAppStore((s) => s.setFolded);
  const sheetRef = useSheetKeyboard(drawer, open);
  // The button pressed disappears with what it folded: focus goes to the one that undoes it.
  const fold = (value: boolean) => {
    setFolded(drawer, value);
    requestAnimationFrame(() => sheetRef.current?.querySelector<HTMLElement>('[data-fold-toggle]')?.focus());
  };
  // A sheet opens at half height so the map above it stays in sight; it can be pulled up to read. A
  // fixed height, not its content's: the camera measures it before a lazy panel's content arrives.
  const [tall, setTall] = useState(false);
  const titleId = `${drawer}-panel-title`;
  const bodyId = `${drawer}-panel-body`;
  const edge = side === 'left' ? 'lg:border-r' : 'lg:border-l';
  const width = folded ? 'lg:w-11' : side === 'left' ? 'lg:w-80' : 'lg:w-96';
  const FoldIcon = side === 'left' ? PanelLeftClose : PanelRightClose;
  return (
    <aside
      ref={sheetRef}
      id={`${drawer}-panel`}
      aria-labelledby={titleId}
      // Focusable only as a sheet (it takes focus when opened); beside the map a click stays on what it hit.
      tabIndex={open ? -1 : undefined}
      data-map-overlay
      className={`flex-col border-line bg-paper ${edge} ${width} lg:static lg:flex lg:h-auto lg:max-h-none lg:shrink-0 lg:rounded-none lg:shadow-none ${
        open
          ? `fixed inset-x-0 bottom-0 z-30 flex ${tall ? 'h-[85dvh]' : 'h-[50dvh]'} rounded-t-2xl border-t shadow-[0_-8px_24px_rgba(0,0,0,0.18)]`
          : 'hidden'
      }`}
    >
      {folded && (
        <FoldRail panel={drawer} side={side} title={title} bodyId={bodyId} onUnfold={() => fold(false)} />
      )}
      <DialogHeader
        titleId={titleId}
        title={title}
        closeLabel={t('panels.close')}
        onClose={closeDrawer}
        closeClassName="lg:hidden"
        className={`lg:pr-1 ${folded ? 'lg:hidden' : ''}`}
      >
        {!folded && (
          <button
            type="button"
            data-fold-toggle
            aria-expanded={true}
            aria-controls={bodyId}
            onClick={() => fold(true)}
            className="-my-1 hidden size-8 items-center justify-center rounded-md text-muted hover:bg-canvas lg:flex"
            aria-label={t(drawer === 'filters' ? 'panels.hideFilters' : 'panels.hideDetails')}
          >
            <FoldIcon aria-hidden="true" className="size-5" />
          </button>
        )}
        <button
          type="button"
          aria-pressed={tall}
          onClick={() => setTall((v) => !v)}
          className="flex size-11 items-center justify-center rounded-md text-muted hover:bg-canvas lg:hidden"
          aria-label={t('a11y:sheet.expand')}
        >
          <ChevronsUp aria-hidden="true" className={`size-5 ${tall ? 'rotate-180' : ''}`} />
        </button>
      </DialogHeader>
      {/* relative: sr-only text inside (positioned absolutely) must not grow the page beyond the panel.
          wrap-break-word: a name or quote without spaces wraps instead of running out of the panel. */}
      <div
        id={bodyId}
        className={`relative min-h-0 flex-1 overflow-y-auto wrap-break-word ${folded ? 'lg:hidden' : ''}`}
      >
        <ErrorBoundary>{children}</ErrorBoundary>
      </div>
    </aside>
  );
}

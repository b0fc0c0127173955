import type { ReactNode } from 'react';
import { X } from 'lucide-react';

interface Props {
  /** The heading's id, for the dialog's or panel's aria-labelledby. */
  titleId: string;
  title: ReactNode;
  /** Size and layout of the heading beyond the shared look (a modal's larger title). */
  titleClassName?: string;
  /** The heading can take focus (tabIndex -1): a dialog moves focus there when it opens. */
  focusableTitle?: boolean;
  /** The close button's spoken name. */
  closeLabel: string;
  /** Words shown beside the close icon; the icon alone when left out. */
  closeText?: string;
  onClose: () => void;
  /** Extra classes for the close button (hidden where the panel cannot close). */
  closeClassName?: string;
  /** Extra classes for the bar (sticky over a scrolling body). */
  className?: string;
  /** Controls between the title and the close button. */
  children?: ReactNode;
}

/** The title bar of a dialog, a sheet or the reader: the heading, its controls and a close button. */
export function DialogHeader({
  titleId,
  title,
  titleClassName = 'text-base',
  focusableTitle = false,
  closeLabel,
  closeText,
  onClose,
  closeClassName = '',
  className = '',
  children,
}: Props) {
  return (
    <div className={`flex items-center gap-2 border-b border-line px-4 py-2 ${className}`}>
      <h2
        id={titleId}
        tabIndex={focusableTitle ? -1 : undefined}
        className={`flex min-w-0 flex-1 items-center gap-2 font-semibold ${titleClassName}`}
      >
        {title}
      </h2>
      {children}
      <button
        type="button"
        onClick={onClose}
        aria-label={closeLabel}
        className={`flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md text-muted hover:bg-canvas hover:text-ink ${
          closeText ? 'px-2 text-sm font-medium lg:min-h-9' : ''
        } ${closeClassName}`}
      >
        <X aria-hidden="true" className={closeText ? 'size-4' : 'size-5'} />
        {closeText}
      </button>
    </div>
  );
}

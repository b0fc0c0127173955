import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** The button's accessible name. */
  label: string;
  /** Its visible word beside the icon, from a tablet's width up. */
  text: string;
  icon: ReactNode;
  /** Said while the dialog's code loads. */
  loading: string;
  /** Shown after the word (a count); hidden from screen readers, which hear the label. */
  badge?: ReactNode;
  /** The dialog, usually lazily loaded; `close` takes it away. */
  dialog: (close: () => void) => ReactNode;
}

/**
 * A header button that opens a modal dialog. Focus goes back to the button once the dialog is gone
 * (while it is open, the page behind is inert).
 */
export function DialogButton({ label, text, icon, loading, badge, dialog }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-label={label}
        onClick={() => setOpen(true)}
        className="flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md border border-white/40 px-2.5 text-sm font-medium text-white hover:bg-white/15 lg:min-h-9"
      >
        {icon}
        <span aria-hidden="true" className="hidden sm:inline">
          {text}
        </span>
        {badge}
      </button>
      {open && (
        <Suspense
          fallback={
            <span className="sr-only" role="status">
              {loading}
            </span>
          }
        >
          {dialog(() => setOpen(false))}
        </Suspense>
      )}
    </>
  );
}

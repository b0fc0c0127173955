import type { ReactNode } from 'react';
import { Download } from 'lucide-react';

/** A download of what a panel shows (CSV): an outlined button with the download icon. */
export function DownloadButton({
  onClick,
  describedBy,
  children,
}: {
  onClick: () => void;
  describedBy?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-describedby={describedBy}
      className="flex min-h-11 items-center gap-1.5 rounded-md border border-brand px-3 text-sm font-medium text-brand hover:bg-brand-soft lg:min-h-9"
    >
      <Download aria-hidden="true" className="size-4" />
      {children}
    </button>
  );
}

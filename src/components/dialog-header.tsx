import { X } from 'lucide-react';

interface Props {
  titleId: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
}

/**
 * A modal dialog's header: its title (focused when the dialog opens, so a screen reader starts there)
 * and a close button.
 */
export function DialogHeader({ titleId, title, closeLabel, onClose }: Props) {
  return (
    <div className="flex items-center gap-2 border-b border-line px-4 py-2">
      <h2 id={titleId} tabIndex={-1} className="flex-1 text-lg font-semibold focus:outline-none">
        {title}
      </h2>
      <button
        type="button"
        onClick={onClose}
        aria-label={closeLabel}
        className="flex min-h-11 min-w-11 items-center justify-center rounded-md hover:bg-brand-soft"
      >
        <X aria-hidden="true" className="size-5" />
      </button>
    </div>
  );
}

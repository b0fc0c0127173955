import { useEffect, useId, useRef, type ReactNode } from 'react';
import { DialogHeader } from './dialog-header';

interface Props {
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal <dialog> with a header: the browser keeps focus inside and Escape closes it. It opens on
 * mount with focus on its title and closes on unmount; full screen on a phone, a card beside.
 */
export function ModalDialog({ title, closeLabel, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    element.querySelector<HTMLElement>('h2')?.focus();
    return () => element.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto h-full max-h-full w-full max-w-full bg-paper p-0 text-ink backdrop:bg-ink/50 sm:h-auto sm:max-h-[min(52rem,calc(100vh-2rem))] sm:w-[min(46rem,calc(100vw-2rem))] sm:rounded-lg sm:shadow-xl"
    >
      <div className="flex h-full max-h-[inherit] flex-col">
        <DialogHeader
          titleId={titleId}
          title={title}
          titleClassName="text-lg focus:outline-none"
          focusableTitle
          closeLabel={closeLabel}
          onClose={onClose}
        />
        <div className="min-h-0 flex-1 space-y-3 overflow-y-auto px-4 py-3">{children}</div>
      </div>
    </dialog>
  );
}

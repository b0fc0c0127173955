import { useId, useRef } from 'react';
import { copyText } from './copy-text';

interface Props {
  label: string;
  value: string;
  copyLabel: string;
  /** Said when the copy worked. */
  copied: string;
  /** Said when the browser would not copy; the field's text is selected instead. */
  failed: string;
  /** Where the outcome is said (one polite status line for the dialog). */
  onStatus: (message: string) => void;
  rows?: number;
  /** Code and addresses small and broken anywhere; prose at reading size. */
  code?: boolean;
}

/**
 * A read-only text with a copy button. Where the browser will not copy, the text is selected and the
 * user is told to copy it by hand, so a non-secure page or a locked-down iframe still works.
 */
export function CopyField({
  label,
  value,
  copyLabel,
  copied,
  failed,
  onStatus,
  rows = 1,
  code = false,
}: Props) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    if (await copyText(value)) return onStatus(copied);
    field.current?.focus();
    field.current?.select();
    onStatus(failed);
  };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex items-start gap-2">
        <textarea
          ref={field}
          id={id}
          readOnly
          rows={rows}
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          className={`min-h-11 min-w-0 flex-1 rounded-md border border-line bg-canvas px-2 py-2 ${code ? 'text-xs break-all' : 'text-sm'}`}
        />
        <button
          type="button"
          onClick={() => void copy()}
          className="flex min-h-11 shrink-0 items-center gap-1.5 rounded-md bg-brand px-3 text-sm font-medium text-white hover:bg-brand/90"
        >
          {copyLabel}
        </button>
      </div>
    </div>
  );
}

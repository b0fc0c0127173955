import type { ReactNode } from 'react';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';

interface Props {
  label: ReactNode;
  /** Spoken name of the action, e.g. "Sortér efter Km". */
  actionLabel: string;
  direction: 'asc' | 'desc' | null;
  onSort: () => void;
  className?: string;
  vertical?: boolean;
}

/** A column heading that sorts its table; aria-sort tells assistive technology the current order. */
export function SortHeader({
  label,
  actionLabel,
  direction,
  onSort,
  className = '',
  vertical = false,
}: Props) {
  const Icon = direction === 'asc' ? ArrowUp : direction === 'desc' ? ArrowDown : ArrowUpDown;
  return (
    <th
      scope="col"
      aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
      className={`p-0 align-bottom ${className}`}
    >
      <button
        type="button"
        onClick={onSort}
        title={actionLabel}
        aria-label={actionLabel}
        className={`flex w-full items-center gap-1 rounded px-1 py-1 text-left text-xs font-semibold hover:bg-brand-soft ${
          vertical ? 'min-h-11 flex-col-reverse justify-start' : 'min-h-11 lg:min-h-8'
        }`}
      >
        <span className={vertical ? '[writing-mode:vertical-rl] rotate-180 whitespace-nowrap' : ''}>
          {label}
        </span>
        <Icon aria-hidden="true" className={`size-3 shrink-0 ${direction ? 'text-brand' : 'text-muted'}`} />
      </button>
    </th>
  );
}

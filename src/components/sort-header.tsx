import type { ReactNode } from 'react';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import type { SortDirection } from '@/model/sort';

interface Props {
  label: ReactNode;
  /** What the button does, e.g. "Sortér efter Km": its tooltip. */
  action: string;
  /** Name the button by its action: for a label that says too little aloud (an abbreviated area). */
  namedByAction?: boolean;
  /** The order this column sorts the table in; null when another column sorts it. */
  direction: SortDirection | null;
  onSort: () => void;
  className?: string;
  colSpan?: number;
  rowSpan?: number;
  /** The label turned to read upwards, for a narrow column. */
  vertical?: boolean;
}

/** A column heading that sorts: a real button inside the <th>, with aria-sort on the sorting one. */
export function SortHeader({
  label,
  action,
  namedByAction = false,
  direction,
  onSort,
  className = '',
  colSpan,
  rowSpan,
  vertical = false,
}: Props) {
  const Icon = direction === 'ascending' ? ArrowUp : direction === 'descending' ? ArrowDown : ArrowUpDown;
  return (
    <th
      scope="col"
      colSpan={colSpan}
      rowSpan={rowSpan}
      aria-sort={direction ?? undefined}
      className={`p-0 text-left align-bottom font-semibold ${className}`}
    >
      <button
        type="button"
        onClick={onSort}
        title={action}
        aria-label={namedByAction ? action : undefined}
        className={`flex min-h-11 w-full items-center gap-1 rounded px-1 py-1 text-left text-xs font-semibold hover:bg-brand-soft ${
          vertical ? 'flex-col-reverse justify-start' : 'lg:min-h-8'
        }`}
      >
        <span className={vertical ? '[writing-mode:vertical-rl] rotate-180 whitespace-nowrap' : ''}>
          {label}
        </span>
        <Icon aria-hidden="true" className={`size-3.5 shrink-0 ${direction ? 'text-brand' : 'text-muted'}`} />
      </button>
    </th>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { OVERVIEW_NS } from '@/i18n/namespaces/overview';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import type { SortDirection, SortKey } from '@/lib/presence/cluster-sort';

interface Props {
  column: SortKey;
  label: string;
  sort: { key: SortKey; direction: SortDirection };
  onSort: (key: SortKey) => void;
  className?: string;
  colSpan?: number;
  rowSpan?: number;
  children?: ReactNode;
}

/** A column heading that sorts: a real button inside the <th>, with aria-sort on the active one. */
export function SortHeader({ column, label, sort, onSort, className = '', colSpan, rowSpan }: Props) {
  const { t } = useTranslation(OVERVIEW_NS);
  const active = sort.key === column;
  const Icon = !active ? ArrowUpDown : sort.direction === 'ascending' ? ArrowUp : ArrowDown;
  return (
    <th
      scope="col"
      colSpan={colSpan}
      rowSpan={rowSpan}
      aria-sort={active ? sort.direction : undefined}
      className={`p-0 text-left align-bottom font-semibold ${className}`}
    >
      <button
        type="button"
        onClick={() => onSort(column)}
        title={t('sortBy', { column: label })}
        className="flex min-h-11 w-full items-center gap-1 px-2 text-left text-xs hover:bg-brand-soft"
      >
        {label}
        <Icon aria-hidden="true" className={`size-3.5 shrink-0 ${active ? 'text-brand' : 'text-muted'}`} />
      </button>
    </th>
  );
}

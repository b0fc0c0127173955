import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import { Circle, CircleDashed, Minus } from 'lucide-react';
import type { ClusterCell } from '@/lib/coverage/area-coverage';
import { statusCategory } from '@/lib/coverage/statuses';
import { statusLabel, useLanguage } from '@/i18n/data-labels';

/** The words for a cell: its strongest status, or "Ingen"; shared by the table and its CSV. */
export function useCellText(): (cell: ClusterCell | null) => string {
  const { t } = useTranslation(COVERAGE_NS);
  const language = useLanguage();
  return (cell) => (cell ? statusLabel(cell.status, language) : t('matrix.none'));
}

const ICONS = {
  established: { Icon: Circle, className: 'fill-[#2c7fb8] text-[#1d5a85]' },
  announced: { Icon: CircleDashed, className: 'text-[#a34a06]' },
  none: { Icon: Minus, className: 'text-muted' },
} as const;

/** A shape per category (filled, dashed, dash), never colour alone; the status in words for readers. */
export function MatrixCell({ cell, text }: { cell: ClusterCell | null; text: string }) {
  const { t } = useTranslation(COVERAGE_NS);
  const { Icon, className } = ICONS[statusCategory(cell?.status ?? null)];
  const marks = [cell?.areaLevel && t('marks.areaLevel'), cell?.inferred && t('marks.inferred')].filter(
    Boolean,
  );
  const label = marks.length ? `${text} (${marks.join(', ')})` : text;
  return (
    <td className="px-0.5 py-1 text-center" title={label}>
      <span className="inline-flex items-center">
        <Icon aria-hidden="true" className={`size-4 ${className}`} />
        {cell?.areaLevel && <span aria-hidden="true">*</span>}
        {cell?.inferred && <span aria-hidden="true">†</span>}
        <span className="sr-only">{label}</span>
      </span>
    </td>
  );
}

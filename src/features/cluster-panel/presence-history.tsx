import { useTranslation } from '@/i18n/use-translation';
import { HISTORY_NS } from '@/i18n/panel-strings';
import { DatedStatement } from '@/components/dated-statement';
import type { DatedItem } from '@/lib/history/dated-items';
import { holdsAt } from '@/model/fact-date';

interface Props {
  items: DatedItem[];
  /** The statement the map shows at the chosen date. */
  shownId: string | undefined;
  asOf: string;
  name: string;
}

/** Every source's statement about one presence, oldest first; which one is shown and which come later. */
export function PresenceHistory({ items, shownId, asOf, name }: Props) {
  const { t } = useTranslation(HISTORY_NS);
  if (items.length < 2) return null;
  return (
    <details className="mt-1 text-xs">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded px-1 font-medium text-brand hover:bg-brand-soft lg:min-h-7">
        {t('historyToggle', { count: items.length })}
      </summary>
      <ol aria-label={t('historyLabel', { name })} className="mt-1 space-y-2 border-l-2 border-line pl-3">
        {items.map((item) => {
          const later = !holdsAt({ date: item.date, precision: item.datePrecision }, asOf);
          return (
            <li key={item.id} className={later ? 'opacity-70' : ''}>
              {(item.id === shownId || later) && (
                <p className="text-xs font-semibold text-brand">
                  {t(item.id === shownId ? 'shown' : 'later')}
                </p>
              )}
              <DatedStatement item={item} factLabel={name} />
            </li>
          );
        })}
      </ol>
    </details>
  );
}

import { useId } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { HISTORY_NS } from '@/i18n/panel-strings';
import { useLanguage } from '@/i18n/data-labels';
import type { ConflictView as Conflict } from '@/lib/history/dated-items';
import { DatedStatement } from './dated-statement';

/** One conflict between sources: what disagrees, then each side with its date, source and words. */
export function ConflictView({ view }: { view: Conflict }) {
  const language = useLanguage();
  const { t } = useTranslation(HISTORY_NS);
  const id = useId();
  const title = view.conflict.title[language];
  return (
    <section aria-labelledby={id} className="mt-2 rounded-md border border-amber-300 bg-amber-50/60 p-2">
      <h5 id={id} className="text-sm font-semibold">
        {title}
      </h5>
      <p className="mt-1 text-sm">{view.conflict.summary[language]}</p>
      <ul aria-label={t('conflictsTitle')} className="mt-2 space-y-3">
        {view.items.map((item) => (
          <li key={item.id}>
            <DatedStatement item={item} factLabel={title} />
          </li>
        ))}
      </ul>
    </section>
  );
}

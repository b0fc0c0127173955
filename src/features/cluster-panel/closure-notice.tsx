import { useTranslation } from '@/i18n/use-translation';
import { HISTORY_NS } from '@/i18n/panel-strings';
import { DatedStatement } from '@/components/dated-statement';
import { useLanguage } from '@/i18n/data-labels';
import type { DatedItem } from '@/lib/history/dated-items';

/** "MARLOG er lukket": the closure that holds at the chosen date, with its source. Its offices stay on the map, greyed. */
export function ClosureNotice({ closure, name }: { closure: DatedItem; name: string }) {
  const { t } = useTranslation(HISTORY_NS);
  const language = useLanguage();
  return (
    <div role="note" className="mx-4 mb-3 rounded-md border border-line bg-slate-100 p-2 text-sm">
      <p className="font-semibold">{t('closedBy', { name, gloss: closure.gloss?.[language] ?? '' })}</p>
      <DatedStatement item={closure} factLabel={t('closed')} showStatement={false} />
    </div>
  );
}

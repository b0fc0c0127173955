import { useTranslation } from '@/i18n/use-translation';
import { CLUSTER_NS } from '@/i18n/panel-strings';
import type { Consolidation } from '@/model/schema';
import { SourceQuote } from '@/components/source-quote';
import { useLanguage } from '@/i18n/data-labels';
import { formatMilestoneDate } from '@/lib/format/milestone-date';
import { PanelSection } from './panel-section';

/** How the cluster was consolidated, when, and what merged in; "not stated" where the note is silent. */
export function ConsolidationSection({ consolidation }: { consolidation: Consolidation }) {
  const { t } = useTranslation(CLUSTER_NS);
  const language = useLanguage();
  const { kind, quote, dates, mergedIn, mergedInIncomplete } = consolidation;
  const kindLabel = kind ? t(`consolidation.${kind}`) : t('unknown');
  return (
    <PanelSection title={t('sections.consolidation')}>
      <p className={`mt-1 text-sm ${kind ? 'font-medium' : 'text-muted italic'}`}>{kindLabel}</p>
      {quote && <SourceQuote quote={quote} factLabel={`${t('facts.consolidation')}: ${kindLabel}`} />}
      {dates.length > 0 && (
        <ul className="mt-2 space-y-1.5">
          {dates.map((m) => {
            const event = t(`event.${m.event}`);
            const date = formatMilestoneDate(m, language);
            return (
              <li key={`${m.event}-${m.date}`} className="text-sm">
                <span className="text-muted">{event}: </span>
                <time dateTime={m.date} className="font-medium">
                  {date}
                </time>
                {m.expected && <span className="text-muted"> ({t('expected')})</span>}
                <SourceQuote quote={m.quote} factLabel={t('facts.date', { event, date })} />
              </li>
            );
          })}
        </ul>
      )}
      {mergedIn.length > 0 && (
        <ul className="mt-2 space-y-1.5">
          {mergedIn.map((m) => (
            <li key={m.name} className="text-sm">
              {t('facts.mergedIn', { name: m.name })}
              <SourceQuote quote={m.quote} factLabel={t('facts.mergedIn', { name: m.name })} />
            </li>
          ))}
        </ul>
      )}
      {mergedInIncomplete && (
        <p className="mt-2 text-xs text-muted italic">
          {mergedIn.length ? t('mergedIncomplete') : t('mergedNoneNamed')}
        </p>
      )}
    </PanelSection>
  );
}

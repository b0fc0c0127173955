import { useTranslation } from '@/i18n/use-translation';
import { HISTORY_NS } from '@/i18n/panel-strings';
import { useSourceRegistry } from '@/hooks/use-source-registry';
import type { DatedItem } from '@/lib/history/dated-items';
import { formatFactDate } from '@/lib/format/fact-date';
import { statusLabel, useLanguage } from '@/i18n/data-labels';
import { NoteInline } from './note-inline';
import { useDateWords } from './use-date-words';
import { SourceQuote } from './source-quote';

interface Props {
  item: DatedItem;
  /** Names the fact for screen readers in the note's "Vis i notatet". */
  factLabel: string;
  /** Say what the statement holds (place, status and kind, or the fact's summary); off where the line above says it. */
  showStatement?: boolean;
}

/**
 * One dated statement with where it comes from: date and publisher, the title, the exact quote in its
 * own language (with a translation where the reader's language differs), and the address as text, never
 * fetched. The note's statements keep "Vis i notatet".
 */
export function DatedStatement({ item, factLabel, showStatement = true }: Props) {
  const { t } = useTranslation([HISTORY_NS, 'presences']);
  const language = useLanguage();
  const dates = useDateWords();
  const source = useSourceRegistry(true).get(item.source);
  const date = formatFactDate({ date: item.date, precision: item.datePrecision }, language, dates);
  const statement = !showStatement
    ? null
    : item.observation
      ? t('statement', {
          place: item.observation.place,
          status: statusLabel(item.observation.status, language),
          kind: t(`presences:kind.${item.observation.kind}`),
        })
      : item.gloss?.[language];
  const translation = source && source.language !== language ? item.translation?.[language] : undefined;
  return (
    <div className="text-sm">
      <p className="text-xs text-muted">
        <span className="font-medium text-ink">
          {t('cited', { date, publisher: source?.primary ? t('note') : (source?.publisher ?? item.source) })}
        </span>
        {source && !source.primary && source.title && (
          <span>
            {' · '}
            {t(source.titleFromAddress ? 'titleFromAddress' : 'titled', { title: source.title })}
          </span>
        )}
      </p>
      {statement && <p className="mt-0.5">{statement}</p>}
      {source?.primary ? (
        <SourceQuote quote={item.quote} factLabel={factLabel} />
      ) : (
        <>
          <blockquote
            lang={source?.language ?? 'da'}
            className="mt-1 border-l-4 border-brand/40 bg-brand-soft/50 py-1 pr-2 pl-3 italic wrap-break-word"
          >
            “<NoteInline text={item.quote} />”
          </blockquote>
          {translation && (
            <p className="mt-0.5 text-xs text-muted">{t('translation', { text: translation })}</p>
          )}
          {item.dateReason && (
            <p className="mt-0.5 text-xs text-muted">
              {t('dateReason', { reason: item.dateReason[language] })}
            </p>
          )}
          {source?.url && (
            <p className="mt-0.5 text-xs break-all text-muted">{t('address', { url: source.url })}</p>
          )}
        </>
      )}
    </div>
  );
}

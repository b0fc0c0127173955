import { useTranslation } from '@/i18n/use-translation';
import { DESCRIBE_NS, READER_NS } from '@/i18n/panel-strings';
import type { DatasetSource } from '@/model/schema';
import { useLanguage } from '@/i18n/data-labels';
import { formatFactDate } from '@/lib/format/fact-date';
import { ReaderLegend } from './reader-legend';

interface Props {
  source: DatasetSource | undefined;
  /** Dataset quotes this note does not contain: a sign the note and the dataset are out of step. */
  missing: number;
}

/** Who wrote the note and when, what the highlights mean, and how to use them. */
export function ReaderIntro({ source, missing }: Props) {
  const { t } = useTranslation(READER_NS);
  const { t: dates } = useTranslation(DESCRIBE_NS);
  const language = useLanguage();
  return (
    <div className="space-y-3 border-b border-line pb-3 text-sm">
      {source && (
        <p className="text-muted">
          {t('source', {
            publisher: source.publisher,
            issued: formatFactDate(source.published, language, dates),
          })}
          . {t('noteLanguage')}
        </p>
      )}
      <p>{t('intro')}</p>
      {missing > 0 && (
        <p role="status" className="rounded-md bg-amber-50 p-2 text-amber-950">
          {t('missing', { count: missing })}
        </p>
      )}
      <ReaderLegend />
    </div>
  );
}

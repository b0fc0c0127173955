import { useDataset } from '@/data/dataset';
import { useAppStore } from '@/state/store';
import { useTranslation } from '@/i18n/use-translation';
import { useLanguage } from '@/i18n/data-labels';
import { formatAsOf, formatFactDate } from '@/lib/format/fact-date';
import { LATEST } from '@/model/fact-date';
import { useDateWords } from './use-date-words';

/** What the map shows, in words for the header: "Notatet, efterår 2021" or "Alle kilder pr. 31. okt. 2020". */
export function useSourceStatus(short = true): string {
  const { t } = useTranslation('sources');
  const language = useLanguage();
  const dates = useDateWords();
  const mode = useAppStore((s) => s.sourceMode);
  const asOf = useAppStore((s) => s.asOf);
  const note = useDataset().data?.sources.find((s) => s.primary)?.published;
  if (mode === 'note') {
    return note ? t('status.note', { date: formatFactDate(note, language, dates) }) : t('modes.note');
  }
  const date = formatAsOf(asOf, language, dates, short);
  return t(asOf === LATEST ? 'status.allLatest' : 'status.all', { date });
}

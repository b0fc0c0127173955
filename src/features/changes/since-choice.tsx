import { useTranslation } from '@/i18n/use-translation';
import { CHANGES_NS } from '@/i18n/panel-strings';
import { useLanguage } from '@/i18n/data-labels';
import { useDateWords } from '@/components/use-date-words';
import { formatAsOf } from '@/lib/format/fact-date';
import { AS_OF_PRESETS, BEFORE_APPOINTMENT } from '@/model/as-of-presets';
import { LATEST } from '@/model/fact-date';
import { useAppStore } from '@/state/store';

/** The comparison's start: a preset before the chosen date (the end date is the header's "Status pr."). */
export function SinceChoice() {
  const { t } = useTranslation([CHANGES_NS, 'sources']);
  const language = useLanguage();
  const dates = useDateWords();
  const asOf = useAppStore((s) => s.asOf);
  const since = useAppStore((s) => s.changesSince);
  const days = [
    { label: t('beforeAppointment'), day: BEFORE_APPOINTMENT },
    ...AS_OF_PRESETS.filter((p) => p.asOf !== LATEST).map((p) => ({
      label: t(`sources:presets.${p.id}`),
      day: p.asOf as string,
    })),
  ].filter((o) => asOf === LATEST || o.day < asOf);
  const known = days.some((o) => o.day === since);
  return (
    <div>
      <label className="block font-semibold">
        {t('from')}
        <select
          value={since ?? ''}
          onChange={(e) => useAppStore.getState().openChanges(e.target.value)}
          className="mt-1 block min-h-11 w-full rounded-md border border-line bg-paper px-2 font-normal lg:min-h-9"
        >
          {!known && since && <option value={since}>{formatAsOf(since, language, dates)}</option>}
          {days.map((o) => (
            <option key={o.day} value={o.day}>
              {t('fromOption', { label: o.label, date: formatAsOf(o.day, language, dates, true) })}
            </option>
          ))}
        </select>
      </label>
      <p className="mt-1 text-xs text-muted">{t('to', { date: formatAsOf(asOf, language, dates) })}</p>
      {!days.length && (
        <p className="mt-1 text-xs">{t('later', { date: formatAsOf(asOf, language, dates) })}</p>
      )}
    </div>
  );
}

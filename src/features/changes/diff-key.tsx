import { useTranslation } from '@/i18n/use-translation';
import { CHANGES_NS } from '@/i18n/panel-strings';
import { useLanguage } from '@/i18n/data-labels';
import { useDateWords } from '@/components/use-date-words';
import { formatAsOf } from '@/lib/format/fact-date';
import { DIFF_RING } from '@/lib/presence/marker-style';

/** What the map's rings mean while the comparison is open. */
export function DiffKey({ since }: { since: string }) {
  const { t } = useTranslation(CHANGES_NS);
  const dates = useDateWords();
  const date = formatAsOf(since, useLanguage(), dates);
  const rows = [
    { color: DIFF_RING.new, label: t('mapNew', { date }) },
    { color: DIFF_RING.gone, label: t('mapGone', { date }) },
    { color: null, label: t('mapSame') },
  ];
  return (
    <div className="text-xs">
      <p className="font-semibold">{t('onMap')}</p>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
        {rows.map((row) => (
          <li key={row.label} className="flex items-center gap-1.5">
            <svg aria-hidden="true" width="16" height="16" viewBox="-8 -8 16 16">
              <circle r="4.5" fill="#44546a" stroke="#ffffff" strokeWidth="1" />
              {row.color && <circle r="6.5" fill="none" stroke={row.color} strokeWidth="2.5" />}
            </svg>
            {row.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useDataset } from '@/data/dataset';
import { useHistory } from '@/data/history';
import type { SourceMode } from '@/model/schema';
import { useLanguage } from '@/i18n/data-labels';
import { useDateWords } from '@/components/use-date-words';
import { formatAsOf, formatFactDate } from '@/lib/format/fact-date';
import { AS_OF_PRESETS, defaultSince, presetOf } from '@/model/as-of-presets';
import { useAppStore } from '@/state/store';

/** The note alone or every source, and the date for every source; "what changed" from here. */
export function SourceChoiceForm({ onChanges }: { onChanges: () => void }) {
  const { t } = useTranslation('sources');
  const language = useLanguage();
  const dates = useDateWords();
  const id = useId();
  const mode = useAppStore((s) => s.sourceMode);
  const asOf = useAppStore((s) => s.asOf);
  const dataset = useDataset().data;
  const note = dataset?.sources.find((s) => s.primary)?.published;
  const history = useHistory(mode === 'all');

  const choose = (next: SourceMode) => {
    const s = useAppStore.getState();
    // A presence only other sources state is not on the note's map: keep its cluster open.
    const onNoteMap = dataset?.presences.some((p) => p.id === s.selectedPresenceId);
    if (next === 'note' && s.selectedPresenceId && !onNoteMap && s.selectedClusterId)
      s.selectCluster(s.selectedClusterId);
    s.setSourceMode(next);
  };

  return (
    <div className="space-y-3 p-1 text-sm">
      <fieldset>
        <legend className="font-semibold">{t('sources')}</legend>
        {(['note', 'all'] as const).map((m) => (
          <label
            key={m}
            className="mt-1 flex min-h-11 cursor-pointer items-start gap-2 rounded p-1 hover:bg-brand-soft lg:min-h-8"
          >
            <input
              type="radio"
              name={`${id}-mode`}
              value={m}
              checked={mode === m}
              onChange={() => choose(m)}
              className="mt-1 size-4 accent-brand"
            />
            <span className="font-medium">
              {t(`modes.${m}`)}
              <span className="block text-xs font-normal text-muted">
                {t(`modeHints.${m}`, { date: note ? formatFactDate(note, language, dates) : '' })}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div>
        <label className="block font-semibold">
          {t('asOf')}
          <select
            value={asOf}
            disabled={mode === 'note'}
            aria-describedby={`${id}-rule`}
            onChange={(e) => useAppStore.getState().setAsOf(e.target.value)}
            className="mt-1 block min-h-11 w-full rounded-md border border-line bg-paper px-2 disabled:opacity-60 lg:min-h-9"
          >
            {presetOf(asOf) === null && (
              <option value={asOf}>{t('customDate', { date: formatAsOf(asOf, language, dates) })}</option>
            )}
            {AS_OF_PRESETS.map((p) => (
              <option key={p.id} value={p.asOf}>
                {p.id === 'latest'
                  ? t(`presets.${p.id}`)
                  : t('presetDate', {
                      label: t(`presets.${p.id}`),
                      date: formatAsOf(p.asOf, language, dates, true),
                    })}
              </option>
            ))}
          </select>
        </label>
        <p id={`${id}-rule`} className="mt-1 text-xs text-muted">
          {mode === 'note' ? t('asOfNote') : t('dateRule')}
        </p>
      </div>
      {mode === 'all' && history.isPending && (
        <p role="status" className="text-xs text-muted">
          {t('loading')}
        </p>
      )}
      {mode === 'all' && history.isError && (
        <p role="alert" className="rounded bg-amber-50 p-2 text-xs text-amber-950">
          {t('failed', { reason: history.error.message })}
        </p>
      )}
      <button
        type="button"
        onClick={() => {
          useAppStore.getState().openChanges(defaultSince(asOf));
          onChanges();
        }}
        className="min-h-11 w-full rounded-md border border-brand px-3 font-medium text-brand hover:bg-brand-soft lg:min-h-9"
      >
        {t('changes')}
      </button>
    </div>
  );
}

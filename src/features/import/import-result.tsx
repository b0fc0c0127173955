import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { CircleAlert, CircleCheck, Undo2 } from 'lucide-react';
import { PreviewTable } from './preview-table';
import { ProblemTable } from './problem-table';
import type { ImportState } from './use-import-file';

interface Props {
  state: ImportState;
  onUndo: () => void;
}

/** What the last file gave: how many rows were added (and which), and each bad row with its reason. */
export function ImportResult({ state, onUndo }: Props) {
  const { t } = useTranslation(IMPORT_NS);
  if (state.status === 'idle' || state.status === 'working') return null;
  if (state.status === 'undone') return <p className="text-sm">{t('result.undone')}</p>;
  if (state.status === 'cancelled') return <p className="text-sm">{t('result.cancelled')}</p>;
  if (state.status === 'failed') {
    return (
      <p className="flex items-start gap-2 rounded-md border border-red-700 bg-red-50 p-2 text-sm text-red-900">
        <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <span>
          <strong className="break-all">{state.name}</strong>:{' '}
          {t(`fileProblem.${state.code}`, { detail: state.detail ?? '' })}
        </span>
      </p>
    );
  }
  const { summary } = state;
  const { added, replaced, problems } = summary;
  return (
    <section aria-label={t('result.title', { name: state.name })} className="space-y-2">
      <h3 className="text-sm font-semibold break-all">{t('result.title', { name: state.name })}</h3>
      <p className="flex items-center gap-2 text-sm">
        <CircleCheck aria-hidden="true" className="size-4 shrink-0 text-brand" />
        {added ? t('result.added', { count: added }) : t('result.noneAdded')}
        {replaced > 0 && ` (${t('result.replaced', { count: replaced })})`}
        {problems.count > 0 && (
          <>
            {' · '}
            {t('result.bad', { count: problems.rowsWithProblems })}
          </>
        )}
      </p>
      {summary.ignoredColumns.length > 0 && (
        <p className="text-xs text-muted">
          {t('result.ignored', { columns: summary.ignoredColumns.join(', ') })}
        </p>
      )}
      {problems.count > 0 && <ProblemTable problems={problems} geojson={summary.format === 'geojson'} />}
      {added > 0 && <PreviewTable presences={summary.preview} total={added} />}
      {added > 0 && (
        <button
          type="button"
          onClick={onUndo}
          className="inline-flex min-h-11 items-center gap-1 rounded-md border border-line px-3 text-sm font-medium text-brand hover:bg-brand-soft lg:min-h-9"
        >
          <Undo2 aria-hidden="true" className="size-4" />
          {t('result.undo')}
        </button>
      )}
    </section>
  );
}

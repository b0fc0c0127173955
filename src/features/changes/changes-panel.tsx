import { useEffect, useId, useMemo, useRef } from 'react';
import { History as HistoryIcon, X } from 'lucide-react';
import { useTranslation } from '@/i18n/use-translation';
import { CHANGES_NS } from '@/i18n/panel-strings';
import { useDataset } from '@/data/dataset';
import { useHistory } from '@/data/history';
import { useChanges } from '@/hooks/use-changes';
import { ConflictView } from '@/components/conflict-view';
import { Loading } from '@/components/loading';
import { conflictsOf } from '@/lib/history/dated-items';
import { CHANGE_KINDS } from '@/lib/history/changes';
import { useAppStore } from '@/state/store';
import { ChangeGroup } from './change-group';
import { MoveGroup } from './move-group';
import { SinceChoice } from './since-choice';
import { DiffKey } from './diff-key';

/**
 * "Hvad er ændret": between the comparison's start and the chosen date, every office that opened, was
 * planned, moved or closed, each with its sources; the map meanwhile marks new, gone and unchanged.
 */
export function ChangesPanel() {
  const { t } = useTranslation(CHANGES_NS);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const closeChanges = useAppStore((s) => s.closeChanges);
  const changes = useChanges();
  const { data: dataset } = useDataset();
  const { data: history } = useHistory(true);
  const programme = useMemo(
    () => (dataset && history ? conflictsOf(dataset, history, null) : []),
    [dataset, history],
  );
  useEffect(() => heading.current?.focus(), []);
  const clusters = useMemo(() => new Map(dataset?.clusters.map((c) => [c.id, c])), [dataset]);
  const count = (kind: (typeof CHANGE_KINDS)[number]) =>
    kind === 'moved'
      ? (changes?.moves.length ?? 0)
      : (changes?.changes.filter((c) => c.kind === kind).length ?? 0);

  return (
    <article aria-labelledby={headingId} className="pb-6">
      <div className="sticky top-0 z-10 flex items-center gap-2 border-b border-line bg-paper px-4 py-2">
        <h2
          id={headingId}
          ref={heading}
          tabIndex={-1}
          className="flex min-w-0 flex-1 items-center gap-2 text-base font-semibold"
        >
          <HistoryIcon aria-hidden="true" className="size-5 shrink-0 text-brand" />
          {t('title')}
        </h2>
        <button
          type="button"
          onClick={closeChanges}
          aria-label={t('close')}
          className="flex min-h-11 items-center gap-1 rounded-md px-2 text-sm font-medium text-muted hover:bg-canvas hover:text-ink lg:min-h-9"
        >
          <X aria-hidden="true" className="size-4" />
          {t('closeShort')}
        </button>
      </div>
      <div className="space-y-3 px-4 py-3 text-sm">
        <p className="text-muted">{t('intro')}</p>
        <SinceChoice />
        {!changes ? (
          <Loading label={t('loading')} />
        ) : (
          <>
            <p role="status" className="font-medium">
              {t('summary', Object.fromEntries(CHANGE_KINDS.map((k) => [k, count(k)])))}
            </p>
            <DiffKey since={changes.since} />
            {CHANGE_KINDS.map((kind) =>
              kind === 'moved' ? (
                <MoveGroup key={kind} moves={changes.moves} clusters={clusters} />
              ) : (
                <ChangeGroup
                  key={kind}
                  kind={kind}
                  changes={changes.changes.filter((c) => c.kind === kind)}
                  clusters={clusters}
                />
              ),
            )}
          </>
        )}
        {programme.length > 0 && (
          <section aria-label={t('programme')} className="border-t border-line pt-3">
            <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">{t('programme')}</h3>
            {programme.map((view) => (
              <ConflictView key={view.conflict.id} view={view} />
            ))}
          </section>
        )}
      </div>
    </article>
  );
}

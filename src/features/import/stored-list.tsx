import { useId, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { useChangeImports, useImports, type ImportsChange } from '@/data/imported-presences';
import { useDataset } from '@/data/dataset';
import { isUserPresenceId } from '@/model/schema';
import { usePresenceText } from '@/components/use-presence-text';
import { useSelectPresence } from '@/components/use-select-presence';
import { useAppStore } from '@/state/store';
import { ClearAll } from './clear-all';
import { StoredItem } from './stored-item';

/** A register of thousands is managed as a whole (remove all, the switch); the first ones are listed. */
const LISTED = 100;

/** Every imported presence with remove, remove-all (asked twice) and the switch that leaves them out. */
export function StoredList({ onShow }: { onShow: () => void }) {
  const { t } = useTranslation(IMPORT_NS);
  const { data } = useImports();
  const { mutate } = useChangeImports();
  const { data: dataset } = useDataset();
  const describe = usePresenceText();
  const select = useSelectPresence();
  const areaOf = useMemo(() => new Map(dataset?.clusters.map((c) => [c.id, c.businessArea.id])), [dataset]);
  // A selected imported presence that leaves the map leaves the selection too; its cluster stays open.
  const apply = (next: ImportsChange, options?: { onError?: () => void }) => {
    const s = useAppStore.getState();
    const leaving =
      next.type === 'clear' ||
      (next.type === 'include' && !next.include) ||
      (next.type === 'remove' && next.ids.includes(s.selectedPresenceId ?? ''));
    if (leaving && isUserPresenceId(s.selectedPresenceId)) s.selectCluster(s.selectedClusterId);
    mutate(next, options);
  };
  const headingId = useId();
  const hintId = useId();
  const presences = data?.presences ?? [];
  // The switch moves at once; storage catches up a moment later (or the switch goes back on failure).
  const [pending, setPending] = useState<boolean | null>(null);
  const stored = data?.include ?? true;
  if (pending !== null && pending === stored) setPending(null);
  const include = pending ?? stored;
  return (
    <section aria-labelledby={headingId} className="space-y-2 border-t border-line pt-3">
      <h3 id={headingId} className="text-sm font-semibold">
        {t('stored.title')}
      </h3>
      <p className="text-sm" role="status">
        {presences.length ? t('stored.count', { count: presences.length }) : t('stored.none')}
      </p>
      {!!data?.unreadable && (
        <p className="text-xs text-muted">{t('stored.unreadable', { count: data.unreadable })}</p>
      )}
      <div>
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            role="switch"
            checked={include}
            aria-describedby={hintId}
            onChange={(event) => {
              const next = event.currentTarget.checked;
              setPending(next);
              apply({ type: 'include', include: next }, { onError: () => setPending(null) });
            }}
            className="size-5 shrink-0 accent-brand"
          />
          {t('stored.include')}
        </label>
        <p id={hintId} className="pl-7 text-xs text-muted">
          {t('stored.includeHint')}
        </p>
      </div>
      {presences.length > 0 && (
        <ul aria-label={t('stored.label')} className="divide-y divide-line rounded-md border border-line">
          {presences.slice(0, LISTED).map((p) => {
            const area = areaOf.get(p.clusterId);
            return (
              area && (
                <StoredItem
                  key={p.id}
                  presence={p}
                  area={area}
                  text={describe(p)}
                  canShow={include}
                  onShow={() => {
                    select(p, { focus: true });
                    onShow();
                  }}
                  onRemove={() => apply({ type: 'remove', ids: [p.id] })}
                />
              )
            );
          })}
        </ul>
      )}
      {presences.length > LISTED && (
        <p className="text-xs text-muted">{t('stored.more', { count: presences.length - LISTED })}</p>
      )}
      {presences.length > 0 && <ClearAll count={presences.length} onClear={() => apply({ type: 'clear' })} />}
      <p className="text-xs text-muted">{t('stored.permanent')}</p>
    </section>
  );
}

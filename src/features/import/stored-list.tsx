import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Trash2 } from 'lucide-react';
import { useChangeImports, useImports } from '@/data/imported-presences';
import { StoredItem } from './stored-item';

/** Every imported presence with remove, remove-all (asked twice) and the switch that leaves them out. */
export function StoredList({ onShow }: { onShow: () => void }) {
  const { t } = useTranslation('import');
  const { data } = useImports();
  const change = useChangeImports();
  const [confirming, setConfirming] = useState(false);
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
              change.mutate({ type: 'include', include: next }, { onError: () => setPending(null) });
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
          {presences.map((p) => (
            <StoredItem
              key={p.id}
              presence={p}
              canShow={include}
              onShow={onShow}
              onRemove={() => change.mutate({ type: 'remove', ids: [p.id] })}
            />
          ))}
        </ul>
      )}
      {presences.length > 0 &&
        (confirming ? (
          <div
            role="group"
            aria-label={t('stored.clearConfirm', { count: presences.length })}
            className="flex flex-wrap items-center gap-2 text-sm"
          >
            <span className="font-medium">{t('stored.clearConfirm', { count: presences.length })}</span>
            <button
              type="button"
              onClick={() => {
                change.mutate({ type: 'clear' });
                setConfirming(false);
              }}
              className="min-h-11 rounded-md bg-red-700 px-3 font-semibold text-white hover:bg-red-800 lg:min-h-9"
            >
              {t('stored.clearYes')}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className="min-h-11 rounded-md border border-line px-3 font-medium hover:bg-brand-soft lg:min-h-9"
            >
              {t('stored.clearNo')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            className="inline-flex min-h-11 items-center gap-1 rounded-md border border-line px-3 text-sm font-medium text-red-800 hover:bg-red-50 lg:min-h-9"
          >
            <Trash2 aria-hidden="true" className="size-4" />
            {t('stored.clear')}
          </button>
        ))}
      <p className="text-xs text-muted">{t('stored.permanent')}</p>
    </section>
  );
}

import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { X } from 'lucide-react';
import type { BusinessAreaId, UserPresence } from '@/model/schema';
import { PresenceLine } from '@/components/presence-line';
import type { PresenceText } from '@/components/use-presence-text';

interface Props {
  presence: UserPresence;
  /** Its cluster's business area. */
  area: BusinessAreaId;
  text: PresenceText;
  /** False while imported presences are switched off: they are not on the map to show. */
  canShow: boolean;
  /** Selects it and closes the dialog on it. */
  onShow: () => void;
  onRemove: () => void;
}

/**
 * One imported presence: a button that shows it on the map, its source, and remove. What it needs of
 * the dataset and the map comes from the list, which asks once for a hundred of these.
 */
export function StoredItem({ presence, area, text, canShow, onShow, onRemove }: Props) {
  const { t } = useTranslation(IMPORT_NS);
  return (
    <li className="flex items-start gap-1 px-2 py-1">
      <div className="min-w-0 flex-1">
        <button
          type="button"
          disabled={!canShow}
          aria-label={text.name}
          onClick={onShow}
          className="flex min-h-11 w-full items-center gap-2 rounded-md px-1 text-left text-sm hover:bg-brand-soft disabled:cursor-default disabled:hover:bg-transparent"
        >
          <PresenceLine presence={presence} text={text} area={area} />
        </button>
        <p className="truncate pl-8 text-xs text-muted">
          <span className="font-medium text-ink">{text.cluster}</span> · {presence.basis.source}
        </p>
      </div>
      <button
        type="button"
        onClick={onRemove}
        aria-label={t('stored.removeLabel', { name: text.name })}
        className="flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-1 rounded-md px-2 text-xs font-medium text-red-800 hover:bg-red-50"
      >
        <X aria-hidden="true" className="size-4" />
        <span className="sr-only sm:not-sr-only">{t('stored.remove')}</span>
      </button>
    </li>
  );
}

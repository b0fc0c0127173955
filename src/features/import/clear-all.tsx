import { useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { Trash2 } from 'lucide-react';

/** "Fjern alle", asked twice: the second step names how many go. */
export function ClearAll({ count, onClear }: { count: number; onClear: () => void }) {
  const { t } = useTranslation(IMPORT_NS);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className="inline-flex min-h-11 items-center gap-1 rounded-md border border-line px-3 text-sm font-medium text-red-800 hover:bg-red-50 lg:min-h-9"
      >
        <Trash2 aria-hidden="true" className="size-4" />
        {t('stored.clear')}
      </button>
    );
  }
  const question = t('stored.clearConfirm', { count });
  return (
    <div role="group" aria-label={question} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium">{question}</span>
      <button
        type="button"
        onClick={() => {
          onClear();
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
  );
}

import { useTranslation } from '@/i18n/use-translation';

/** "Prøv igen" under an error: a failed load or a crashed panel. */
export function RetryButton({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      onClick={onRetry}
      className="mt-3 min-h-11 rounded-md bg-red-900 px-4 py-2 text-sm font-medium text-white hover:bg-red-800"
    >
      {t('errors.retry')}
    </button>
  );
}

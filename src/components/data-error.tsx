import { useTranslation } from '@/i18n/use-translation';
import { TriangleAlert } from 'lucide-react';
import { DataLoadError } from '@/data/data-load-error';
import { RetryButton } from './retry-button';
import { ValidationProblems } from './validation-problems';

interface Props {
  error: unknown;
  onRetry?: () => void;
}

/** A failed fetch or a malformed file: say which file and why, and offer a retry. */
export function DataError({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const message = describe(error, t);
  return (
    <div role="alert" className="m-3 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950">
      <p className="flex items-center gap-2 font-semibold">
        <TriangleAlert aria-hidden="true" className="size-4" />
        {t('errors.title')}
      </p>
      <p className="mt-1 break-words">{message}</p>
      {error instanceof DataLoadError &&
        error.kind === 'schema' &&
        (error.problems?.length ? (
          <ValidationProblems problems={error.problems} />
        ) : (
          <pre className="mt-2 max-h-40 overflow-auto whitespace-pre-wrap rounded bg-white/70 p-2 text-xs">
            {error.detail}
          </pre>
        ))}
      {onRetry && <RetryButton onRetry={onRetry} />}
    </div>
  );
}

function describe(error: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (!(error instanceof DataLoadError)) return error instanceof Error ? error.message : String(error);
  const reason =
    error.kind === 'http'
      ? t('errors.httpStatus', { status: error.status, statusText: error.detail.replace(/^\d+\s*/, '') })
      : error.kind === 'network'
        ? t('errors.network', { message: error.detail })
        : error.kind === 'json'
          ? t('errors.notJson', { message: error.detail })
          : t('errors.invalid');
  // A file that arrived but cannot be used was read, not fetched: say so.
  const template =
    error.kind === 'json' || error.kind === 'schema' ? 'errors:unreadable' : 'errors.fetchFailed';
  return t(template, { file: error.file, reason });
}

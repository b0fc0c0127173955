import { useTranslation } from '@/i18n/use-translation';
import { EMBED_NS } from '@/i18n/panel-strings';
import { ExternalLink } from 'lucide-react';
import type { ViewDescription } from '@/lib/describe/describe-view';

/** The embed's title line: what is shown, the date and the sources, and the way to the full app. */
export function EmbedTitle({ description, link }: { description: ViewDescription | null; link: string }) {
  const { t } = useTranslation([EMBED_NS, 'common']);
  return (
    <header className="flex items-start gap-2 border-b border-line bg-paper px-3 py-1.5 text-ink">
      <div className="min-w-0 flex-1">
        <h1 className="text-sm leading-snug font-semibold">{description?.what ?? t('common:appName')}</h1>
        {description && (
          <p className="text-xs leading-snug text-muted">
            {description.date} · {description.sourcesShort}
          </p>
        )}
      </div>
      <a
        href={link}
        target="_blank"
        rel="noopener"
        className="flex min-h-11 shrink-0 items-center gap-1 rounded-md px-2 text-xs font-medium text-brand underline-offset-2 hover:underline lg:min-h-9"
      >
        {t('open')}
        <ExternalLink aria-hidden="true" className="size-3.5" />
        <span className="sr-only">({t('newWindow')})</span>
      </a>
    </header>
  );
}

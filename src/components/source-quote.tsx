import { useTranslation } from 'react-i18next';
import { BookOpenText } from 'lucide-react';
import { useAppStore } from '@/state/store';
import { NoteInline } from './note-inline';

interface Props {
  quote: string;
  /** Names the fact for screen readers, e.g. "Kontor i Vojens". */
  factLabel: string;
}

/** The note's words behind a fact: expandable, with a jump to the sentence in the source reader. */
export function SourceQuote({ quote, factLabel }: Props) {
  const { t } = useTranslation('source');
  const showInSource = useAppStore((s) => s.showInSource);
  return (
    <details className="group mt-1 text-sm">
      <summary className="inline-flex min-h-6 cursor-pointer items-center gap-1 rounded text-xs font-medium text-brand underline-offset-2 hover:underline">
        {t('summary')}
        <span className="sr-only">: {factLabel}</span>
      </summary>
      <blockquote
        lang="da"
        className="mt-1 border-l-4 border-brand/40 bg-brand-soft/50 py-1.5 pr-2 pl-3 italic"
      >
        “<NoteInline text={quote} />”
      </blockquote>
      <button
        type="button"
        onClick={() => showInSource(quote)}
        className="mt-1 inline-flex min-h-8 items-center gap-1 rounded px-1 text-xs font-medium text-brand hover:bg-brand-soft"
      >
        <BookOpenText aria-hidden="true" className="size-3.5" />
        {t('showInSource')}
        <span className="sr-only">: {factLabel}</span>
      </button>
    </details>
  );
}

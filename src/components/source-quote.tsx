import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { SOURCE_NS } from '@/i18n/panel-strings';
import { BookOpenText, ChevronRight } from 'lucide-react';
import { useAppStore } from '@/state/store';
import { NoteInline } from './note-inline';

interface Props {
  quote: string;
  /** Names the fact for screen readers, e.g. "Kontor i Vojens". */
  factLabel: string;
}

const control =
  'inline-flex min-h-11 items-center gap-1 rounded px-1 text-xs font-medium text-brand hover:bg-brand-soft lg:min-h-7';

/**
 * The note's words behind a fact. "Vis i notatet" is always there, so the sentence in the source reader
 * is one action away; "Kilde" unfolds the quote in place for a quick look.
 */
export function SourceQuote({ quote, factLabel }: Props) {
  const { t } = useTranslation(SOURCE_NS);
  const showInSource = useAppStore((s) => s.showInSource);
  const [open, setOpen] = useState(false);
  const quoteId = useId();
  return (
    <div className="mt-0.5 text-sm">
      <div className="-ml-1 flex flex-wrap items-center gap-x-2">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={quoteId}
          onClick={() => setOpen(!open)}
          aria-label={`${t('summary')}: ${factLabel}`}
          className={control}
        >
          <ChevronRight
            aria-hidden="true"
            className={`size-3.5 transition-transform ${open ? 'rotate-90' : ''}`}
          />
          {t('summary')}
        </button>
        <button
          type="button"
          onClick={() => showInSource(quote)}
          aria-label={`${t('showInSource')}: ${factLabel}`}
          className={control}
        >
          <BookOpenText aria-hidden="true" className="size-3.5" />
          {t('showInSource')}
        </button>
      </div>
      <blockquote
        id={quoteId}
        hidden={!open}
        lang="da"
        className="mt-1 border-l-4 border-brand/40 bg-brand-soft/50 py-1.5 pr-2 pl-3 italic"
      >
        “<NoteInline text={quote} />”
      </blockquote>
    </div>
  );
}

import type { Fact } from '@/model/schema';
import { NoteInline } from '@/components/note-inline';
import { SourceQuote } from '@/components/source-quote';
import { useLanguage } from '@/i18n/data-labels';
import { factText } from '@/lib/format/fact-text';
import { PanelSection } from './panel-section';

/** Focus areas, activities or COVID-19 effects: each in the note's words (or the gloss) with its source. */
export function FactList({ title, facts }: { title: string; facts: Fact[] }) {
  const language = useLanguage();
  return (
    <PanelSection title={title} empty={facts.length === 0}>
      <ul className="mt-1 space-y-2">
        {facts.map((fact) => {
          const text = factText(fact, language);
          return (
            <li key={`${fact.quote}|${fact.text}`} className="text-sm">
              <span lang={language === 'da' ? 'da' : undefined}>
                <NoteInline text={text} />
              </span>
              <SourceQuote quote={fact.quote} factLabel={text.replace(/<\/?sub>/g, '')} />
            </li>
          );
        })}
      </ul>
    </PanelSection>
  );
}

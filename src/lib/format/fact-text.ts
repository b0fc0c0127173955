import type { FormatLanguage } from '@/model/locale';

/**
 * A fact as a line of its own: in Danish the note's words with a capital first letter (they are
 * cut from a sentence), in English the gloss. Leaves "<sub>" markup for NoteInline to render.
 */
export function factText(fact: { text: string; en: string }, language: FormatLanguage): string {
  if (language === 'en') return fact.en;
  return fact.text.charAt(0).toLocaleUpperCase('da-DK') + fact.text.slice(1);
}

import type { Presence } from '@/model/schema';

/** Words that end the look-back: another place of the same list comes before, not a preposition. */
const STOP = /[,.;:]$|^(og|samt|eller)$/;
const PREPOSITIONS = new Set(['i', 'på']);
/** "i relation til" is three words; further back is another clause. */
const LOOK_BACK = 3;

/**
 * The preposition the note itself puts before a place, so the description says "på Sjælland", "i
 * Midtjylland" and "i relation til Femern Bælt-projektet" as the note does. A town in a list ("i
 * Albertslund, Odense …") and a place the quote does not hold (an imported one) get plain "i".
 */
export function notePreposition(presence: Pick<Presence, 'quote' | 'place'>): string {
  const at = presence.quote.indexOf(presence.place);
  if (at < 0) return 'i';
  const words = presence.quote.slice(0, at).trim().split(/\s+/);
  for (let k = 1; k <= LOOK_BACK && k <= words.length; k++) {
    const word = words[words.length - k] ?? '';
    if (STOP.test(word)) break;
    if (PREPOSITIONS.has(word)) return words.slice(words.length - k).join(' ');
  }
  return 'i';
}

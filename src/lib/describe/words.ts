import type { DateWords } from '@/lib/format/fact-date';
import { INTL_LOCALE, type FormatLanguage } from '@/model/locale';

/**
 * What the describers need from the outside: the reader's language and its strings (the `describe`
 * namespace, src/i18n/locales/<da|en>/describe.json). Passed in, so the describers stay pure and a test
 * can run them in both languages.
 */
export interface Words {
  language: FormatLanguage;
  t: DateWords;
}

const lists = new Map<FormatLanguage, Intl.ListFormat>();

/** "a, b og c" / "a, b and c", in the language's own way. */
export function joinList(items: readonly string[], language: FormatLanguage): string {
  let format = lists.get(language);
  if (!format)
    lists.set(language, (format = new Intl.ListFormat(INTL_LOCALE[language], { type: 'conjunction' })));
  return format.format(items);
}

/**
 * At most `max` items, the rest counted: "a, b, c og 12 andre". A view of thousands of imported
 * presences still gets a description a person can read.
 */
export function joinCapped(items: readonly string[], max: number, words: Words): string {
  if (items.length <= max) return joinList(items, words.language);
  const rest = words.t('more', { count: items.length - (max - 1) });
  return joinList([...items.slice(0, max - 1), rest], words.language);
}

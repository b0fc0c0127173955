/** Test-only: the describers' words in both languages, from the locale files the app ships. */
import { readFileSync } from 'node:fs';
import { Translator, type Strings } from '@/i18n/translator';
import type { FormatLanguage } from '@/model/locale';
import type { Words } from '@/lib/describe/words';

const strings = (language: FormatLanguage) =>
  JSON.parse(
    readFileSync(new URL(`../i18n/locales/${language}/describe.json`, import.meta.url), 'utf8'),
  ) as Strings;

const translator = new Translator('da');
for (const language of ['da', 'en'] as const)
  translator.addResourceBundle(language, 'describe', strings(language));

export const words = (language: FormatLanguage): Words => ({
  language,
  t: translator.getFixedT(language, 'describe'),
});

import { i18n } from './instance';
import { initialLanguage } from './language';
import type { Strings } from './translator';
import type { Language } from '@/model/view';

/**
 * Each language is one lazily loaded chunk of all its namespaces (src/i18n/locales/<lang>/*.json):
 * the first view carries only the language it shows. Features add a namespace file; nothing here
 * changes. Both languages have every key (a unit test checks), so nothing falls back.
 */
const bundles: Record<Language, () => Promise<{ default: Record<string, Record<string, unknown>> }>> = {
  da: () => import('./bundles/da'),
  en: () => import('./bundles/en'),
};

export async function loadLanguage(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'common')) return;
  const { default: namespaces } = await bundles[language]();
  for (const [namespace, strings] of Object.entries(namespaces)) {
    i18n.addResourceBundle(language, namespace, strings as Strings);
  }
}

const language = initialLanguage();

/** Resolves when the initial language's strings are in; the app renders after it. */
export const i18nReady: Promise<void> = loadLanguage(language).then(() => i18n.changeLanguage(language));

const syncDocumentLanguage = (lng: string) => {
  document.documentElement.lang = lng;
};
syncDocumentLanguage(language);
i18n.on('languageChanged', syncDocumentLanguage);

export default i18n;

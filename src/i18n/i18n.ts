import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, LANGUAGES, type Language } from './language';

/**
 * Each language is one lazily loaded chunk of all its namespaces (src/i18n/locales/<lang>/*.json):
 * the first view carries only the language it shows. Features add a namespace file; nothing here
 * changes.
 */
const bundles: Record<Language, () => Promise<{ default: Record<string, Record<string, unknown>> }>> = {
  da: () => import('./bundles/da'),
  en: () => import('./bundles/en'),
};

export async function loadLanguage(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'common')) return;
  const { default: namespaces } = await bundles[language]();
  for (const [namespace, strings] of Object.entries(namespaces)) {
    i18n.addResourceBundle(language, namespace, strings, true, true);
  }
}

const language = initialLanguage();

void i18n.use(initReactI18next).init({
  lng: language,
  fallbackLng: false, // Both languages have every key (a unit test checks), so nothing falls back.
  supportedLngs: [...LANGUAGES],
  defaultNS: 'common',
  partialBundledLanguages: true,
  resources: {},
  interpolation: { escapeValue: false }, // React escapes; no string is ever injected as HTML.
  returnNull: false,
  react: { useSuspense: false },
});

/** Resolves when the initial language's strings are in; the app renders after it. */
export const i18nReady: Promise<void> = loadLanguage(language);

const syncDocumentLanguage = (lng: string) => {
  document.documentElement.lang = lng;
};
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export default i18n;

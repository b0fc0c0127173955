import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, initialLanguage, type Language } from './language';

/** Every src/i18n/locales/<lang>/<namespace>.json is bundled; features add their own namespace file. */
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

export const resources: Record<Language, Record<string, Record<string, unknown>>> = { da: {}, en: {} };
for (const [path, strings] of Object.entries(files)) {
  const [, lang, namespace] = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path) ?? [];
  if (lang && namespace && (LANGUAGES as readonly string[]).includes(lang)) {
    resources[lang as Language][namespace] = strings;
  }
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'da',
  supportedLngs: [...LANGUAGES],
  defaultNS: 'common',
  ns: Object.keys(resources.da),
  interpolation: { escapeValue: false }, // React escapes; no string is ever injected as HTML.
  returnNull: false,
});

const syncDocumentLanguage = (lng: string) => {
  document.documentElement.lang = lng;
};
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export default i18n;

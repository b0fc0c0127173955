import { useSyncExternalStore } from 'react';
import { i18n } from './instance';
import type { TFunction, Translator } from './translator';

const currentLanguage = () => i18n.language;

/** The strings of `namespaces` (default: common) in the current language; re-renders when it changes. */
export function useTranslation(namespaces?: string | readonly string[]): { t: TFunction; i18n: Translator } {
  const language = useSyncExternalStore(i18n.subscribe, currentLanguage, currentLanguage);
  return { t: i18n.getFixedT(language, namespaces), i18n };
}

import { useSyncExternalStore } from 'react';
import { i18n } from './instance';
import type { TFunction, Translator } from './translator';

/**
 * The strings of `namespaces` (default: common) in the current language. Re-renders when the
 * language changes, or when a lazily loaded feature brings strings this component asked for first.
 */
export function useTranslation(namespaces?: string | readonly string[]): { t: TFunction; i18n: Translator } {
  useSyncExternalStore(i18n.subscribe, i18n.snapshot, i18n.snapshot);
  return { t: i18n.getFixedT(i18n.language, namespaces), i18n };
}

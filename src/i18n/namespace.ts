import { i18n } from './instance';
import type { Strings } from './translator';

/**
 * A lazily loaded feature brings its own strings, in both languages, and registers them as its
 * module loads: they stay out of the first view's language bundle (src/i18n/bundles). Returns the
 * namespace's name, for useTranslation.
 */
export function defineNamespace(name: string, strings: { da: Strings; en: Strings }): string {
  i18n.addResourceBundle('da', name, strings.da);
  i18n.addResourceBundle('en', name, strings.en);
  return name;
}

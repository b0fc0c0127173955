import i18n from './i18n';
import { rememberLanguage, type Language } from './language';

export function setLanguage(language: Language) {
  rememberLanguage(language);
  void i18n.changeLanguage(language);
}

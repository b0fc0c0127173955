import i18n, { loadLanguage } from './i18n';
import { rememberLanguage, type Language } from './language';

export async function setLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

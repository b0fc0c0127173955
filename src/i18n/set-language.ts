import i18n, { loadLanguage } from './i18n';
import { rememberLanguage } from './language';
import type { Language } from '@/model/view';

export async function setLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

import { LANGUAGES, type Language } from '@/model/view';

export const LANGUAGE_STORAGE_KEY = 'klyngekort.language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The URL wins (a shared link), then the user's last choice, then Danish. */
export function initialLanguage(
  search = globalThis.location?.search ?? '',
  storage = safeStorage(),
): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(stored) ? stored : 'da';
}

export function rememberLanguage(language: Language, storage = safeStorage()): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or full storage: the URL still carries the language.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

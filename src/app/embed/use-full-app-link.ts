import { useTranslation } from '@/i18n/use-translation';
import { isLanguage } from '@/i18n/language';
import { writeUrl } from '@/lib/url/write-url';
import { useAppStore } from '@/state/store';
import { urlStateFromStore } from '../url-sync/store-url-state';

/** The full app at the embedded map's view, as it is now (a click on the map may have selected something). */
export function useFullAppLink(): string {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'da';
  const search = useAppStore((s) => writeUrl({ ...urlStateFromStore(s, language), embed: false }));
  return `${location.pathname}${search}`;
}

import { useTranslation } from '@/i18n/use-translation';
import { setLanguage } from '@/i18n/set-language';
import { LANGUAGES } from '@/model/view';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div
      role="group"
      aria-label={t('language.label')}
      className="flex rounded-md border border-white/40 p-0.5"
    >
      {LANGUAGES.map((lang) => {
        const active = i18n.language === lang;
        return (
          <button
            key={lang}
            type="button"
            lang={lang}
            aria-pressed={active}
            onClick={() => void setLanguage(lang)}
            className={`min-h-11 min-w-11 rounded lg:min-h-9 px-2 text-sm font-medium ${
              // On a phone only the other language shows: the header has no room for both.
              active ? 'bg-white text-brand max-sm:hidden' : 'text-white hover:bg-white/15'
            }`}
          >
            {/* A phone's header has room for the code only; the name stays for screen readers. */}
            <span aria-hidden="true" className="sm:hidden">
              {t(`language.short.${lang}`)}
            </span>
            <span className="max-sm:sr-only">{t(`language.${lang}`)}</span>
          </button>
        );
      })}
    </div>
  );
}

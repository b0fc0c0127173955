import { useTranslation } from '@/i18n/use-translation';
import { READER_NS } from '@/i18n/panel-strings';
import { FACT_CATEGORIES } from '@/lib/note/note-facts';
import { CATEGORY_STYLES } from './category-style';

/** What the highlight styles mean: tint, underline and icon together, so colour is never the only cue. */
export function ReaderLegend() {
  const { t } = useTranslation(READER_NS);
  return (
    <div className="text-xs">
      <p id="reader-legend-title" className="mb-1 font-semibold text-muted">
        {t('legend.title')}
      </p>
      <ul aria-labelledby="reader-legend-title" className="grid grid-cols-2 gap-x-3 gap-y-1">
        {FACT_CATEGORIES.map((category) => {
          const style = CATEGORY_STYLES[category];
          const Icon = style.icon;
          return (
            <li key={category} className="flex items-center gap-1.5">
              <span
                className={`inline-flex items-center gap-0.5 rounded-sm px-1 underline underline-offset-4 ${style.mark}`}
              >
                <Icon aria-hidden="true" className={`size-3.5 ${style.iconColor}`} />
                <span aria-hidden="true">Abc</span>
              </span>
              {t(`legend.${category}`)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

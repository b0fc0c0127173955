import { useTranslation } from '@/i18n/use-translation';
import { SHARE_NS } from '@/i18n/panel-strings';
import { EMBED_SIZES, type EmbedSize } from '@/lib/share/embed-code';

const SIZES = Object.keys(EMBED_SIZES) as EmbedSize[];

/** The embed's size as radio buttons: 600 × 400, 800 × 500, full width. */
export function EmbedSizeChoice({
  value,
  onChange,
}: {
  value: EmbedSize;
  onChange: (size: EmbedSize) => void;
}) {
  const { t } = useTranslation(SHARE_NS);
  return (
    <fieldset>
      <legend className="text-sm font-medium">{t('embed.size')}</legend>
      <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
        {SIZES.map((size) => (
          <label key={size} className="flex min-h-11 items-center gap-2 text-sm lg:min-h-9">
            <input
              type="radio"
              name="embed-size"
              value={size}
              checked={value === size}
              onChange={() => onChange(size)}
              className="size-4 accent-brand"
            />
            {t(`embed.sizes.${size}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

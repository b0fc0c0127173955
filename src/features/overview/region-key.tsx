import { useTranslation } from '@/i18n/use-translation';
import { OVERVIEW_NS } from '@/i18n/panel-strings';
import type { RegionPresence } from '@/lib/presence/cluster-summary';
import { RegionGlyph } from './region-glyph';

const STATES: RegionPresence[] = ['established', 'announced', 'none'];

/** What the region glyphs mean. */
export function RegionKey() {
  const { t } = useTranslation(OVERVIEW_NS);
  return (
    <ul aria-label={t('keyLabel')} className="flex flex-wrap gap-x-3 gap-y-1 px-4 pt-2 text-xs text-muted">
      {STATES.map((state) => (
        <li key={state} className="inline-flex items-center gap-1">
          <RegionGlyph state={state} />
          {t(`key.${state}`)}
        </li>
      ))}
    </ul>
  );
}

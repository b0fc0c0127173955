import { useTranslation } from '@/i18n/use-translation';
import { HISTORY_NS } from '@/i18n/panel-strings';
import { DatedStatement } from '@/components/dated-statement';
import type { DatedItem } from '@/lib/history/dated-items';
import { PanelSection } from './panel-section';

/** What a source says without a town ("otte kontorer"): listed as such, never pinned. */
export function UnplacedSection({ items }: { items: DatedItem[] }) {
  const { t } = useTranslation(HISTORY_NS);
  if (!items.length) return null;
  return (
    <PanelSection title={t('unplacedTitle')}>
      <p className="mt-1 text-xs text-muted">{t('unplacedHint')}</p>
      <ul className="mt-2 space-y-3">
        {items.map((item) => (
          <li key={item.id}>
            <DatedStatement item={item} factLabel={t('unplacedTitle')} />
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}

import { useTranslation } from '@/i18n/use-translation';
import { CHANGES_NS } from '@/i18n/panel-strings';
import type { Cluster } from '@/model/schema';
import { BusinessAreaChip } from '@/components/business-area-chip';
import { PresenceLine } from '@/components/presence-line';
import { usePresenceText } from '@/components/use-presence-text';
import { useSelectPresence } from '@/components/use-select-presence';
import { statusLabel, useLanguage } from '@/i18n/data-labels';
import type { PresenceChange } from '@/lib/history/changes';

/** A presence that changed: where and whose, from which status to which, and the source that says so. */
export function ChangeItem({ change, cluster }: { change: PresenceChange; cluster: Cluster | undefined }) {
  const { t } = useTranslation(CHANGES_NS);
  const language = useLanguage();
  const describe = usePresenceText();
  const select = useSelectPresence();
  const { presence, before } = change;
  const text = describe(presence);
  if (!cluster) return null;
  return (
    <li>
      <p className="flex items-center gap-1.5 text-xs font-medium">
        <BusinessAreaChip area={cluster.businessArea.id} />
        {cluster.shortName ?? cluster.name}
        <span className="font-normal text-muted">
          {t('statusChange', {
            from: before ? statusLabel(before.status, language) : t('new'),
            to: statusLabel(presence.status, language),
          })}
        </span>
      </p>
      <button
        type="button"
        onClick={() => select(presence, { focus: true })}
        aria-label={text.name}
        className="-ml-1 flex min-h-11 w-full items-center gap-2 rounded-md px-1 text-left text-sm font-medium hover:bg-brand-soft"
      >
        <PresenceLine presence={presence} text={text} area={cluster.businessArea.id} />
      </button>
    </li>
  );
}

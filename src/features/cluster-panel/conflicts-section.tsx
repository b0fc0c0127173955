import { useTranslation } from '@/i18n/use-translation';
import { HISTORY_NS } from '@/i18n/panel-strings';
import { ConflictView } from '@/components/conflict-view';
import type { ConflictView as Conflict } from '@/lib/history/dated-items';
import { PanelSection } from './panel-section';

/** Where sources disagree about the cluster (section Z of the research notes): shown, never resolved. */
export function ConflictsSection({ conflicts }: { conflicts: Conflict[] }) {
  const { t } = useTranslation(HISTORY_NS);
  if (!conflicts.length) return null;
  return (
    <PanelSection title={t('conflictsTitle')}>
      <p className="mt-1 text-xs text-muted">{t('conflictsHint')}</p>
      {conflicts.map((view) => (
        <ConflictView key={view.conflict.id} view={view} />
      ))}
    </PanelSection>
  );
}

import { PanelLeftOpen, PanelRightOpen } from 'lucide-react';
import { useTranslation } from '@/i18n/use-translation';
import type { SidePanelId } from '@/model/view';

interface Props {
  panel: SidePanelId;
  side: 'left' | 'right';
  title: string;
  bodyId: string;
  onUnfold: () => void;
}

/** A folded side panel on a wide screen: a slim rail beside the map whose one button unfolds it. */
export function FoldRail({ panel, side, title, bodyId, onUnfold }: Props) {
  const { t } = useTranslation();
  const Icon = side === 'left' ? PanelLeftOpen : PanelRightOpen;
  return (
    <button
      type="button"
      data-fold-toggle
      aria-expanded={false}
      aria-controls={bodyId}
      aria-label={t(panel === 'filters' ? 'panels.openFilters' : 'panels.openDetails')}
      onClick={onUnfold}
      className="hidden min-h-0 w-11 flex-1 flex-col items-center gap-3 py-3 text-sm font-medium text-brand hover:bg-brand-soft lg:flex"
    >
      <Icon aria-hidden="true" className="size-5 shrink-0" />
      <span className="[writing-mode:vertical-rl]">{title}</span>
    </button>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { CLUSTER_NS } from '@/i18n/panel-strings';
import { TitledSection } from '@/components/titled-section';

interface Props {
  title: string;
  /** True when the note says nothing here: the section says so instead of disappearing. */
  empty?: boolean;
  children?: ReactNode;
}

export function PanelSection({ title, empty = false, children }: Props) {
  const { t } = useTranslation(CLUSTER_NS);
  return (
    <TitledSection title={title}>
      {empty ? <p className="mt-1 text-sm text-muted italic">{t('notStated')}</p> : children}
    </TitledSection>
  );
}

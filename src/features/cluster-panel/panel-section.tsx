import { useId, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { CLUSTER_NS } from '@/i18n/panel-strings';

interface Props {
  title: string;
  /** True when the note says nothing here: the section says so instead of disappearing. */
  empty?: boolean;
  children?: ReactNode;
}

export function PanelSection({ title, empty = false, children }: Props) {
  const { t } = useTranslation(CLUSTER_NS);
  const id = useId();
  return (
    <section aria-labelledby={id} className="border-t border-line px-4 py-3">
      <h4 id={id} className="text-sm font-semibold tracking-wide text-muted uppercase">
        {title}
      </h4>
      {empty ? <p className="mt-1 text-sm text-muted italic">{t('notStated')}</p> : children}
    </section>
  );
}

import { useTranslation } from '@/i18n/use-translation';
import { READER_NS } from '@/i18n/panel-strings';
import { BookOpenText } from 'lucide-react';
import { DialogHeader } from '@/components/dialog-header';
import type { Cluster } from '@/model/schema';
import { SectionNav } from './section-nav';

interface Props {
  clusters: Cluster[];
  onClose: () => void;
}

export const READER_TITLE_ID = 'reader-title';

/** Stays at the top while the note scrolls: the close button and the section list are always in reach. */
export function ReaderHeader({ clusters, onClose }: Props) {
  const { t } = useTranslation(READER_NS);
  return (
    <DialogHeader
      titleId={READER_TITLE_ID}
      title={
        <>
          <BookOpenText aria-hidden="true" className="size-5 shrink-0 text-brand" />
          {t('title')}
        </>
      }
      titleClassName="text-base whitespace-nowrap"
      focusableTitle
      closeLabel={t('close')}
      closeText={t('closeShort')}
      onClose={onClose}
      className="sticky top-0 z-10 bg-paper"
    >
      {clusters.length > 0 && <SectionNav clusters={clusters} />}
    </DialogHeader>
  );
}

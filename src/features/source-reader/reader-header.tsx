import { useTranslation } from '@/i18n/use-translation';
import { READER_NS } from '@/i18n/namespaces/reader';
import { BookOpenText, X } from 'lucide-react';
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
    <div className="sticky top-0 z-10 flex items-center gap-2 border-b border-line bg-paper px-4 py-2">
      <h2
        id={READER_TITLE_ID}
        tabIndex={-1}
        className="flex min-w-0 flex-1 items-center gap-2 text-base font-semibold whitespace-nowrap"
      >
        <BookOpenText aria-hidden="true" className="size-5 shrink-0 text-brand" />
        {t('title')}
      </h2>
      {clusters.length > 0 && <SectionNav clusters={clusters} />}
      <button
        type="button"
        onClick={onClose}
        aria-label={t('close')}
        className="flex min-h-11 items-center gap-1 rounded-md px-2 text-sm font-medium text-muted hover:bg-canvas hover:text-ink lg:min-h-9"
      >
        <X aria-hidden="true" className="size-4" />
        {t('closeShort')}
      </button>
    </div>
  );
}

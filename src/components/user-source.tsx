import { useTranslation } from '@/i18n/use-translation';
import type { UserBasis } from '@/model/schema';

interface Props {
  basis: UserBasis;
  /** The analyst's note (a user presence's `quote`); empty when they gave none. */
  note: string;
  className?: string;
}

/**
 * "Dit eget datapunkt – kilde: …" where the note's quote would stand. The source and note are the
 * analyst's own text from a file: rendered as text, never as a link or markup.
 */
export function UserSource({ basis, note, className = '' }: Props) {
  const { t } = useTranslation('imported');
  return (
    <div className={`text-xs ${className}`}>
      <p className="break-words">{t('mark.source', { source: basis.source })}</p>
      {note && <p className="break-words text-muted">{t('mark.note', { note })}</p>}
    </div>
  );
}

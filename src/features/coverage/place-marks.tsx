import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';

/** * for area-level, † for inferred, + for the analyst's own: visible as signs, read out as words. */
export function PlaceMarks({
  areaLevel,
  inferred,
  user = false,
}: {
  areaLevel: boolean;
  inferred: boolean;
  user?: boolean;
}) {
  const { t } = useTranslation([COVERAGE_NS, 'imported']);
  return (
    <>
      {areaLevel && (
        <span title={t('marks.areaLevel')}>
          <span aria-hidden="true">*</span>
          <span className="sr-only"> ({t('marks.areaLevel')})</span>
        </span>
      )}
      {inferred && (
        <span title={t('marks.inferred')}>
          <span aria-hidden="true">†</span>
          <span className="sr-only"> ({t('marks.inferred')})</span>
        </span>
      )}
      {user && (
        <span title={t('imported:mark.coverage')}>
          <span aria-hidden="true">+</span>
          <span className="sr-only"> ({t('imported:mark.coverage')})</span>
        </span>
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';

/** * for area-level, † for inferred: visible as signs, read out as words. */
export function PlaceMarks({ areaLevel, inferred }: { areaLevel: boolean; inferred: boolean }) {
  const { t } = useTranslation('coverage');
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
    </>
  );
}

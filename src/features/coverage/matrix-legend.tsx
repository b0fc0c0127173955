import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import { Circle, CircleDashed, Minus } from 'lucide-react';

/** What the matrix's shapes and marks mean. */
export function MatrixLegend() {
  const { t } = useTranslation(COVERAGE_NS);
  const item = 'inline-flex items-center gap-1';
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
      <span className={item}>
        <Circle aria-hidden="true" className="size-3.5 fill-[#2c7fb8] text-[#1d5a85]" />
        {t('matrix.established')}
      </span>
      <span className={item}>
        <CircleDashed aria-hidden="true" className="size-3.5 text-[#a34a06]" />
        {t('matrix.announced')}
      </span>
      <span className={item}>
        <Minus aria-hidden="true" className="size-3.5 text-muted" />
        {t('matrix.none')}
      </span>
      <span>* {t('marks.areaLevel')}</span>
      <span>† {t('marks.inferred')}</span>
    </p>
  );
}

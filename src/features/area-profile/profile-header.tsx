import type { Ref } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { AREA_NS } from '@/i18n/panel-strings';
import { BackButton } from '@/components/back-button';
import { useLanguage } from '@/i18n/data-labels';
import { areaName } from '@/lib/area/area-name';
import type { AreaUnit } from '@/lib/coverage/geography';
import { CompareButtons } from './compare-buttons';

interface Props {
  unit: AreaUnit;
  headingRef: Ref<HTMLHeadingElement>;
  titleId: string;
  onBack: () => void;
}

/** Back, what kind of area this is, its name, and the comparison's controls. */
export function ProfileHeader({ unit, headingRef, titleId, onBack }: Props) {
  const { t } = useTranslation(AREA_NS);
  const language = useLanguage();
  return (
    <header className="px-4 pt-2 pb-3">
      <BackButton label={t('back')} hint={t('backHint')} onClick={onBack} />
      <p className="mt-1 text-xs font-semibold tracking-wide text-muted uppercase">
        {t(`kinds.${unit.level}`)}
      </p>
      <h3 id={titleId} ref={headingRef} tabIndex={-1} className="text-xl leading-tight font-semibold">
        {areaName(unit, language)}
      </h3>
      <CompareButtons area={{ kind: unit.level, code: unit.code }} />
    </header>
  );
}

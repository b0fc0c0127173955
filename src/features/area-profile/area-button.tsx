import { useTranslation } from '@/i18n/use-translation';
import { AREA_NS } from '@/i18n/panel-strings';
import { openArea } from '@/components/open-area';
import { useLanguage } from '@/i18n/data-labels';
import { areaName } from '@/lib/area/area-name';
import type { AreaUnit } from '@/lib/coverage/geography';

/** Another area's name as a link to its profile. */
export function AreaButton({ unit }: { unit: AreaUnit }) {
  const { t } = useTranslation(AREA_NS);
  const name = areaName(unit, useLanguage());
  return (
    <button
      type="button"
      onClick={() => openArea({ kind: unit.level, code: unit.code })}
      title={t('facts.open', { name })}
      className="inline-flex min-h-11 items-center rounded px-1 text-left text-brand underline-offset-2 hover:bg-brand-soft hover:underline lg:min-h-7"
    >
      {name}
    </button>
  );
}

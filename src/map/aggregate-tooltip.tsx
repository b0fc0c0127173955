import { useTranslation } from '@/i18n/use-translation';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { businessAreaLabel, useFormatNumber, useLanguage } from '@/i18n/data-labels';
import { BusinessAreaChip } from '@/components/business-area-chip';
import type { AggregatePick } from './pick-presences';
import { MapTooltip } from './map-tooltip';

/** The areas named in full; the rest are counted together. */
const NAMED = 4;

interface Props {
  aggregate: AggregatePick;
  longitude: number;
  latitude: number;
}

/** "Your own data points" when the analyst imported every one of them, "presences" otherwise. */
export const aggregateTitle = (a: { count: number; own: number }) =>
  a.own === a.count ? 'map.aggregate' : 'map.aggregatePresences';

/** How many presences an aggregate holds, of which business areas, and what a click does. */
export function AggregateTooltip({ aggregate, longitude, latitude }: Props) {
  const { t } = useTranslation(IMPORT_NS);
  const language = useLanguage();
  const number = useFormatNumber();
  const rest = aggregate.areas.slice(NAMED);
  return (
    <MapTooltip longitude={longitude} latitude={latitude} offset={22}>
      <div className="space-y-1 text-xs text-ink">
        <p className="font-semibold">{t(aggregateTitle(aggregate), { count: aggregate.count })}</p>
        <ul className="space-y-0.5">
          {aggregate.areas.slice(0, NAMED).map((a) => (
            <li key={a.id} className="flex items-center gap-1.5">
              <BusinessAreaChip area={a.id} />
              <span className="flex-1">{businessAreaLabel(a.id, language)}</span>
              <span className="tabular-nums">{number(a.count)}</span>
            </li>
          ))}
        </ul>
        {rest.length > 0 && (
          <p className="text-muted">
            {t('map.otherAreas', { count: rest.length, presences: rest.reduce((n, a) => n + a.count, 0) })}
          </p>
        )}
        <p className="text-muted">{t('map.aggregateHint')}</p>
      </div>
    </MapTooltip>
  );
}

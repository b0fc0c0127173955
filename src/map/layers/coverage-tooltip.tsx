import { useTranslation } from '@/i18n/use-translation';
import { COVERAGE_NS } from '@/i18n/panel-strings';
import type { ChoroplethProps } from '@/lib/coverage/choropleth';
import type { CoverageMetric, RadiusKm } from '@/model/view';

interface Props {
  x: number;
  y: number;
  area: ChoroplethProps;
  metric: CoverageMetric;
  radius: RadiusKm;
}

/** Area name and its number beside the pointer. Mouse only; the panel holds the same numbers as text. */
export function CoverageTooltip({ x, y, area, metric, radius }: Props) {
  const { t, i18n } = useTranslation(COVERAGE_NS);
  const km = (value: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(value);
  let text: string;
  if (metric === 'residents') {
    text = t('tooltip.beyond', {
      beyond: area.beyond ?? 0,
      residents: area.residents ?? 0,
      percent: area.percent ?? 0,
      km: radius,
    });
  } else if (metric === 'clusters') {
    text = t(area.areaLevel ? 'tooltip.countAreaLevel' : 'tooltip.count', { count: area.count ?? 0 });
  } else if (area.km === null) text = t('tooltip.nothing');
  else if (area.areaLevel) text = t('tooltip.zero');
  else text = t('tooltip.km', { km: km(area.km) });
  return (
    <div
      className="pointer-events-none absolute z-10 max-w-56 rounded-md border border-line bg-paper px-2 py-1 text-xs text-ink shadow-md"
      style={{ left: x + 14, top: y + 14 }}
    >
      <div className="font-semibold">{area.name}</div>
      <div>{text}</div>
    </div>
  );
}

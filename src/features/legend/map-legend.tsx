import { useId, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { ChevronDown, ChevronUp, Map as MapIcon } from 'lucide-react';
import { BUSINESS_AREAS, type Cluster, type Presence } from '@/model/schema';
import { memoPerInput } from '@/lib/memo/memo-last';
import { shownStatuses } from '@/lib/presence/shown-statuses';
import { countBySource } from '@/lib/history/provenance';
import { useVisiblePresences } from '@/hooks/use-visible-presences';
import { useDataset } from '@/data/dataset';
import { BusinessAreaChip } from '@/components/business-area-chip';
import { StatusMarker } from '@/components/status-marker';
import { businessAreaLabel, statusLabel, useFormatNumber, useLanguage } from '@/i18n/data-labels';
import { IMPORT_NS } from '@/i18n/panel-strings';
import { aggregation } from '@/lib/presence/aggregated-points';
import { useAppStore } from '@/state/store';
import { LEGEND_MARK_TEXT, legendMarks } from '@/lib/presence/legend-marks';
import { AggregateSample, MarkSample, StackSample } from './legend-samples';

const NEUTRAL = '#44546a';

const NO_CLUSTERS: Cluster[] = [];

/**
 * The legend's counts, in one pass (with a register imported there are tens of thousands), kept per
 * set of presences: clearing a filter shows the unfiltered counts without counting again.
 */
const countsOf = memoPerInput((presences: Presence[], clusters: Cluster[]) => {
  const areaOf = new Map(clusters.map((c) => [c.id, c.businessArea.id]));
  const areaCounts = new Map<string, number>();
  const statusCounts = new Map<string, number>();
  for (const p of presences) {
    const area = areaOf.get(p.clusterId);
    if (area) areaCounts.set(area, (areaCounts.get(area) ?? 0) + 1);
    statusCounts.set(p.status, (statusCounts.get(p.status) ?? 0) + 1);
  }
  return { areaCounts, statusCounts, bySource: countBySource(presences), aggregated: aggregation(presences) };
});

/** What the map's colours, letters and marks mean, with counts of what the filters let through. */
export function MapLegend() {
  const { t } = useTranslation(['legend', 'imported', IMPORT_NS]);
  const language = useLanguage();
  const number = useFormatNumber();
  const view = useAppStore((s) => s.view);
  // The statuses are the note's words with the note alone, every source's with all of them.
  const allSources = useAppStore((s) => s.sourceMode === 'all');
  const presences = useVisiblePresences();
  const { data } = useDataset();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const { areaCounts, statusCounts, bySource, aggregated } = useMemo(
    () => countsOf(presences, data?.clusters ?? NO_CLUSTERS),
    [presences, data],
  );
  const selected = useAppStore((s) => s.selectedPresenceId !== null);
  const marks = useMemo(
    () => legendMarks(presences, { selected, rings: aggregated !== 'all' }),
    [presences, selected, aggregated],
  );
  if (view !== 'presences') return null;
  const Chevron = open ? ChevronDown : ChevronUp;
  const row = 'flex items-center gap-2';
  return (
    <section
      aria-label={t('toggle')}
      data-print="legend"
      className="w-64 max-w-[calc(100vw-1rem)] rounded-md border border-line bg-paper/95 text-xs text-ink shadow-sm"
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="flex min-h-11 w-full items-center gap-2 px-2 text-sm font-semibold"
      >
        <MapIcon aria-hidden="true" className="size-4 text-brand" />
        <span className="flex-1 text-left">{t('toggle')}</span>
        <Chevron aria-hidden="true" className="size-4" />
      </button>
      <div
        id={panelId}
        // It scrolls on short screens, so the keyboard must be able to reach it (WCAG 2.1.1).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        // A class, not `hidden`: a printed page always carries the legend (src/styles/print.css).
        className={`${open ? '' : 'hidden'} max-h-[var(--legend-max-h,min(60vh,calc(100dvh-26rem)))] space-y-2 overflow-y-auto px-2 pb-2 print:block`}
      >
        <div>
          <p id={`${panelId}-statuses`} className="font-semibold">
            {t(allSources ? 'statusesAll' : 'statuses')}
          </p>
          <ul aria-labelledby={`${panelId}-statuses`} className="mt-1 space-y-0.5">
            {shownStatuses(presences).map((s) => (
              <li key={s} className={row}>
                <StatusMarker status={s} color={NEUTRAL} />
                <span className="flex-1">{statusLabel(s, language)}</span>
                <span className="text-muted tabular-nums">{number(statusCounts.get(s) ?? 0)}</span>
              </li>
            ))}
          </ul>
        </div>
        {bySource && (
          <div>
            <p id={`${panelId}-sources`} className="font-semibold">
              {t('sources')}
            </p>
            <ul aria-labelledby={`${panelId}-sources`} className="mt-1 space-y-0.5">
              <li className={row}>
                <StatusMarker status="established" color={NEUTRAL} size={20} />
                <span className="flex-1">{t('sourceNote')}</span>
                <span className="text-muted tabular-nums">{number(bySource.note)}</span>
              </li>
              <li className={row}>
                <StatusMarker status="established" color={NEUTRAL} otherSource size={20} />
                <span className="flex-1">{t('sourceOther')}</span>
                <span className="text-muted tabular-nums">{number(bySource.other)}</span>
              </li>
            </ul>
          </div>
        )}
        <div hidden={marks.length === 0 && aggregated === 'none'}>
          <p id={`${panelId}-kinds`} className="font-semibold">
            {t('kinds')}
          </p>
          <ul aria-labelledby={`${panelId}-kinds`} className="mt-1 space-y-1">
            {marks.map((mark) => (
              <li key={mark} className={row}>
                <MarkSample mark={mark} />
                <span>{t(LEGEND_MARK_TEXT[mark])}</span>
              </li>
            ))}
            {marks.includes('shared') && (
              <li className={row}>
                <StackSample />
                <span>{t('stack')}</span>
              </li>
            )}
            {aggregated !== 'none' && (
              <li className={row}>
                <AggregateSample />
                <span>{aggregated === 'all' ? t('aggregate') : t(`${IMPORT_NS}:map.legend`)}</span>
              </li>
            )}
          </ul>
        </div>
        <div>
          <p id={`${panelId}-areas`} className="font-semibold">
            {t('businessAreas')}
          </p>
          {areaCounts.size === 0 && <p className="mt-1 text-muted">{t('none')}</p>}
          <ul aria-labelledby={`${panelId}-areas`} className="mt-1 space-y-0.5">
            {BUSINESS_AREAS.filter((a) => areaCounts.has(a.id)).map((a) => (
              <li key={a.id} className={row}>
                <BusinessAreaChip area={a.id} />
                <span className="flex-1">{businessAreaLabel(a.id, language)}</span>
                <span className="text-muted tabular-nums" title={t('onMap', { count: areaCounts.get(a.id) })}>
                  {number(areaCounts.get(a.id) ?? 0)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

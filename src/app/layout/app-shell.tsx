import { Suspense, type CSSProperties } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { MapArea } from '@/map/map-area';
import { useAppStore } from '@/state/store';
import { Notices } from '@/components/notices';
import { Loading } from '@/components/loading';
import { BorderLevelSwitch } from '@/features/map-options/border-level-switch';
import { ViewSwitch } from '@/features/map-options/view-switch';
import { Header } from './header';
import { SidePanel } from './side-panel';
import { PhonePanelBar } from './phone-panel-bar';
import { DetailsPlaceholder, DetailsSlot } from './details-slot';
import { FiltersSlot } from './filters-slot';
import { MapLegend } from './lazy-panels';
import { useAfterFirstView } from './use-after-first-view';
import { EMBED_DESCRIPTION_ID, EmbedPart } from '../embed/embed-part';

/**
 * The page: header, the panels beside the map, the map. Embedded (?embed=1) it is the map with its
 * legend between the embed's title line and description: no header, no panels, no view controls.
 */
const EMBED_LEGEND_HEIGHT = {
  '--legend-max-h': 'calc(100dvh - 8.5rem - var(--map-bottom-inset, 2.5rem))',
} as CSSProperties;

export function AppShell() {
  const { t } = useTranslation();
  const embed = useAppStore((s) => s.embed);
  const panels = useAfterFirstView();
  return (
    <div className="flex h-full flex-col">
      {embed ? (
        <EmbedPart part="title" />
      ) : (
        <>
          <a
            href="#main"
            className="sr-only z-50 rounded bg-paper px-3 py-2 text-ink focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
          >
            {t('skipToContent')}
          </a>
          <Header />
        </>
      )}
      <main id="main" tabIndex={-1} className="relative flex min-h-0 flex-1 focus:outline-none">
        {!embed && (
          <SidePanel drawer="filters" side="left" title={t('panels.filters')}>
            {panels ? <FiltersSlot /> : <Loading label={t('loading.panel')} panel />}
          </SidePanel>
        )}
        <div className="relative min-w-0 flex-1">
          <MapArea describedBy={embed ? EMBED_DESCRIPTION_ID : undefined} />
          {!embed && (
            <div data-map-overlay className="absolute top-2 left-2 z-10">
              <ViewSwitch />
            </div>
          )}
          <Notices />
          {/* Above the map's attribution and scale, whose height the map publishes (--map-bottom-inset).
              An embed has no header or panels above: its open legend may take all but the title line. */}
          <div
            data-map-overlay
            className="absolute bottom-[calc(var(--map-bottom-inset,2.5rem)+0.5rem)] left-2 z-10 flex flex-col items-start gap-2"
            style={embed ? EMBED_LEGEND_HEIGHT : undefined}
          >
            <Suspense fallback={null}>
              <MapLegend />
            </Suspense>
            {!embed && <BorderLevelSwitch />}
            {/* Paper only: the map in words, under it (written by src/features/export/print-description.tsx). */}
            <p data-print="description" className="hidden print:block" />
          </div>
        </div>
        {!embed && (
          <SidePanel drawer="details" side="right" title={t('panels.details')}>
            {panels ? <DetailsSlot /> : <DetailsPlaceholder />}
          </SidePanel>
        )}
      </main>
      {embed ? <EmbedPart part="description" /> : <PhonePanelBar />}
    </div>
  );
}

import { lazy, Suspense, useCallback, useMemo } from 'react';
import { Layer, Source, useMap } from 'react-map-gl/maplibre';
import { useChanges } from '@/hooks/use-changes';
import { usePresenceText } from '@/components/use-presence-text';
import { useSelectPresence } from '@/components/use-select-presence';
import { useLanguage } from '@/i18n/data-labels';
import { INTL_LOCALE } from '@/model/locale';
import { useAppStore } from '@/state/store';
import { openArea } from '@/components/open-area';
import { pickArea } from '../pick-area';
import { escapeOnMap } from '../escape-on-map';
import { drawsImages, useImagesAhead } from '../generated-images';
import { FIXED_PRESENCE_IMAGES, presenceImage } from '@/lib/presence/patterns';
import { usePresenceInteraction } from '../use-presence-interaction';
import { presenceSelectedLabel } from '../styles/presence-points';
import { MARKS_SOURCE, onPart } from '../styles/presence-marks';
import { PRESENCE_TILE_BUFFER } from './tile-buffer';
import { AreaChipLayers, AreaShapeLayers } from './area-presence-layers';
import { PresencePointLayers } from './presence-point-layers';
import type { PresenceLayout } from './use-presence-layout';

// Only a pointer or a tap needs these: they load with the first hover or click, not with the first view.
const PresenceTooltip = lazy(() =>
  import('../presence-tooltip').then((m) => ({ default: m.PresenceTooltip })),
);
const PresenceChooser = lazy(() =>
  import('../presence-chooser').then((m) => ({ default: m.PresenceChooser })),
);
// The aggregating source (the analyst's imported towns, or every town presence when there are
// thousands): a chunk of its own, loaded only when there are some.
const importedParts = () => import('./imported-parts');
const AggregatedPointLayers = lazy(() => importedParts().then((m) => ({ default: m.AggregatedPointLayers })));
const AggregateTooltip = lazy(() => importedParts().then((m) => ({ default: m.AggregateTooltip })));
const AggregateChooser = lazy(() => importedParts().then((m) => ({ default: m.AggregateChooser })));

drawsImages(presenceImage);

/**
 * Every visible presence: areas tinted with a chip per presence, cities as markers (or stacks where
 * a town is too full for a ring), the selected one named, the analyst's imported towns (every town
 * presence once there are thousands) as markers or aggregates under them; hover, click and choose. Bottom to top, which is also the reverse of the
 * order MapLibre places their symbols in: the selected name gives way only to chips, stacks and
 * markers, and every town and region name gives way to it.
 */
export function PresenceLayers({ layout }: { layout: PresenceLayout }) {
  const { current: map } = useMap();
  const { presences, clusters, points, chips, shapes, shownAreas, marks, aggregated, allAggregated } = layout;
  const language = useLanguage();
  const selectedPresenceId = useAppStore((s) => s.selectedPresenceId);
  const selectedClusterId = useAppStore((s) => s.selectedClusterId);
  const requestFocus = useAppStore((s) => s.requestFocus);
  const borderLevel = useAppStore((s) => s.borderLevel);
  const select = useSelectPresence();
  const describe = usePresenceText();
  const diff = useChanges()?.diff ?? null;
  const byId = useMemo(() => new Map(presences.map((p) => [p.id, p])), [presences]);
  const images = useMemo(
    () => [
      ...FIXED_PRESENCE_IMAGES,
      ...(chips?.features.map((f) => f.properties.image) ?? []),
      ...points.stacks.features.map((f) => f.properties.image),
    ],
    [chips, points.stacks],
  );
  useImagesAhead(map, images);
  const onEscape = escapeOnMap;
  const onSelect = useCallback(
    (id: string) => {
      const p = byId.get(id);
      if (p) select(p);
    },
    [byId, select],
  );
  // Beside every presence, a click opens the area whose borders the map shows (region or erhvervshus).
  const onMiss = useCallback(
    (point: { x: number; y: number }) => {
      const area = map && pickArea(map.getMap(), point, borderLevel);
      if (area) openArea(area);
    },
    [map, borderLevel],
  );
  const { hover, chooser, closeChooser } = usePresenceInteraction(map, {
    onSelect,
    onEscape,
    onMiss,
    onFocus: requestFocus,
  });

  if (!chips || !shapes || !marks) return null;
  const selected = selectedPresenceId ?? '';
  const selectedChip = chips.features.find((f) => f.properties.id === selected);
  const Chooser = chooser?.aggregate ? AggregateChooser : PresenceChooser;
  return (
    <>
      <AreaShapeLayers
        shapes={shapes}
        shown={shownAreas}
        selectedId={selectedChip ? selected : ''}
        selectedColor={selectedChip?.properties.color ?? '#000000'}
      />
      <Source id={MARKS_SOURCE} type="geojson" data={marks} buffer={PRESENCE_TILE_BUFFER}>
        <Layer {...onPart('label', presenceSelectedLabel)} />
        <AreaChipLayers selectedId={selected} />
        <PresencePointLayers
          diff={diff}
          selectedPresenceId={selectedPresenceId}
          selectedClusterId={selectedClusterId}
        />
      </Source>
      <Suspense fallback={null}>
        {(aggregated.length > 0 || allAggregated.length > 0) && (
          <AggregatedPointLayers
            presences={aggregated}
            all={allAggregated}
            clusters={clusters}
            locale={INTL_LOCALE[language]}
          />
        )}
        {hover?.aggregate && (
          <AggregateTooltip
            aggregate={hover.aggregate}
            longitude={hover.longitude}
            latitude={hover.latitude}
          />
        )}
        {hover && !hover.aggregate && <PresenceTooltip pick={hover} presences={byId} describe={describe} />}
        {chooser && (
          <Chooser
            chooser={chooser}
            presences={byId}
            describe={describe}
            onChoose={onSelect}
            onClose={closeChooser}
          />
        )}
      </Suspense>
    </>
  );
}

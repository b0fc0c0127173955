import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { useBaseMap } from '@/data/base-map';
import { useDataset } from '@/data/dataset';
import type { PresenceStatus } from '@/model/schema';
import { useVisiblePresences } from '@/hooks/use-visible-presences';
import { usePresenceText } from '@/components/use-presence-text';
import { useSelectPresence } from '@/components/use-select-presence';
import { statusLabel, useLanguage } from '@/i18n/data-labels';
import { areaPresenceFeatures, areaPresenceLabels, pinnedMunicipalities } from '@/lib/presence/area-features';
import { isImportedPoint } from '@/lib/presence/imported-points';
import { INTL_LOCALE } from '@/model/locale';
import { memoLast } from '@/lib/memo/memo-last';
import { useAppStore } from '@/state/store';
import { openArea } from '@/components/open-area';
import { PresenceChooser } from '../presence-chooser';
import { pickArea } from '../pick-area';
import { escapeOnMap } from '../escape-on-map';
import { PresenceTooltip } from '../presence-tooltip';
import { useMapZoom } from '../use-map-zoom';
import { usePresenceImages } from '../use-presence-images';
import { usePresenceInteraction } from '../use-presence-interaction';
import { AreaPresenceLayers } from './area-presence-layers';
import { PresencePointLayers } from './presence-point-layers';

// The analyst's imported town presences, aggregated where they crowd: a chunk of its own, loaded
// only when there are some.
const importedParts = () => import('./imported-parts');
const ImportedPointLayers = lazy(() => importedParts().then((m) => ({ default: m.ImportedPointLayers })));
const AggregateTooltip = lazy(() => importedParts().then((m) => ({ default: m.AggregateTooltip })));
const AggregateChooser = lazy(() => importedParts().then((m) => ({ default: m.AggregateChooser })));

/**
 * Every visible presence: areas hatched on their area, the note's towns as markers, the analyst's
 * imported towns as markers or aggregates under them; hover, click and choose.
 */
export function PresenceLayers() {
  const { current: map } = useMap();
  const presences = useVisiblePresences();
  const { data: dataset } = useDataset();
  const { data: baseMap } = useBaseMap();
  const language = useLanguage();
  const selectedPresenceId = useAppStore((s) => s.selectedPresenceId);
  const selectedClusterId = useAppStore((s) => s.selectedClusterId);
  const requestFocus = useAppStore((s) => s.requestFocus);
  const borderLevel = useAppStore((s) => s.borderLevel);
  const select = useSelectPresence();
  const describe = usePresenceText();
  const zoom = useMapZoom(map);
  const clusters = useMemo(() => dataset?.clusters ?? [], [dataset]);
  const byId = useMemo(() => new Map(presences.map((p) => [p.id, p])), [presences]);
  const imported = useMemo(() => presences.filter(isImportedPoint), [presences]);
  // A selected imported presence is also drawn with the note's markers, so it shows however crowded.
  const markers = useMemo(
    () =>
      imported.length
        ? presences.filter((p) => !isImportedPoint(p) || p.id === selectedPresenceId)
        : presences,
    [presences, imported, selectedPresenceId],
  );
  // Each source is built from just what it shows and kept while that stays the same (memoLast): a
  // filter that changes only the towns leaves the area polygons' data, and MapLibre's work on it, alone.
  const [areaFeatures] = useState(() => memoLast(areaPresenceFeatures));
  const [areaLabels] = useState(() => memoLast(areaPresenceLabels));
  const areaPresences = useMemo(() => presences.filter((p) => p.area), [presences]);
  const pinned = useMemo(() => pinnedMunicipalities(presences), [presences]);
  const areas = baseMap ? areaFeatures(areaPresences, clusters, baseMap) : null;
  const labels = baseMap ? areaLabels(areaPresences, pinned, clusters, baseMap) : null;
  const patterns = useMemo(() => areas?.features.map((f) => f.properties.pattern) ?? [], [areas]);
  usePresenceImages(map, patterns);
  const statusText = useCallback((s: PresenceStatus) => statusLabel(s, language).toLowerCase(), [language]);
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

  if (!areas || !labels) return null;
  const Chooser = chooser?.aggregate ? AggregateChooser : PresenceChooser;
  return (
    <>
      <AreaPresenceLayers
        areas={areas}
        labels={labels}
        statusText={statusText}
        selectedPresenceId={selectedPresenceId}
      />
      <PresencePointLayers
        presences={markers}
        clusters={clusters}
        zoom={zoom}
        selectedPresenceId={selectedPresenceId}
        selectedClusterId={selectedClusterId}
      />
      <Suspense fallback={null}>
        {imported.length > 0 && (
          <ImportedPointLayers presences={imported} clusters={clusters} locale={INTL_LOCALE[language]} />
        )}
        {hover?.aggregate && (
          <AggregateTooltip
            aggregate={hover.aggregate}
            longitude={hover.longitude}
            latitude={hover.latitude}
          />
        )}
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
      {hover && !hover.aggregate && <PresenceTooltip pick={hover} presences={byId} describe={describe} />}
    </>
  );
}

import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { MapRef } from 'react-map-gl/maplibre';
import { drawAtPrintSize, followPrintMedia } from './print-size';
import { provideMapExports, type MapImageRequest } from './registry';
import { useDataset } from '@/data/dataset';
import { useVisiblePresences } from '@/hooks/use-visible-presences';
import { useLanguage } from '@/i18n/data-labels';
import { useAppStore } from '@/state/store';
import type { LegendInput } from './legend-model';

/** useMapExports as a component, so that map-view.tsx can load it after the first view. */
export function MapExports({ map }: { map: MapRef }) {
  useMapExports(map);
  return null;
}

/**
 * Lets the export feature ask for a picture of the map or a print (see ./registry.ts). The legend and the
 * attribution come from here, where the map's marks and sources are known; the request brings the
 * title and the summary of what is shown.
 */
export function useMapExports(map: MapRef | null) {
  const { t } = useTranslation('map');
  const legend = useLegendInput();
  // The maker registers once per map; it reads the legend and sources as they are when it is called.
  const latest = useRef({ legend, attribution: [] as string[] });
  useEffect(() => {
    latest.current = {
      legend,
      attribution: [t('attribution.dagi'), t('attribution.naturalEarth'), t('attribution.geonames')],
    };
  }, [legend, t]);

  useEffect(() => {
    if (!map) return;
    const image = async (request: MapImageRequest) => {
      // The drawing code loads only when someone exports.
      const { captureMap, EXPORT_PIXEL_RATIO } = await import('./capture');
      const [picture, { composeMapImage }, { legendModel }] = await Promise.all([
        captureMap(map.getMap(), EXPORT_PIXEL_RATIO),
        import('./compose'),
        import('./legend-model'),
      ]);
      const { legend, attribution } = latest.current;
      const groups = legendModel(legend);
      const scale = picture.width / map.getCanvas().clientWidth;
      return composeMapImage(
        picture,
        {
          title: request.title,
          summary: request.summary,
          legend: groups,
          footer: [`${request.attributionLabel} ${attribution.join(' · ')}`, ...request.footer],
        },
        scale,
      );
    };
    const unfollow = followPrintMedia(map.getMap());
    const unprovide = provideMapExports({ image, preparePrint: () => drawAtPrintSize(map.getMap()) });
    return () => {
      unfollow();
      unprovide();
    };
  }, [map]);
}

/** The map's state the exported legend is made from (legend-model.ts builds it when someone exports). */
function useLegendInput(): LegendInput {
  const { t } = useTranslation(['legend', 'imported']);
  // By name, not its module: the coverage strings come with the coverage view, and this re-renders then.
  const { t: tc } = useTranslation('coverage');
  const language = useLanguage();
  const view = useAppStore((s) => s.view);
  const metric = useAppStore((s) => s.coverageMetric);
  const radius = useAppStore((s) => s.coverageRadius);
  const selected = useAppStore((s) => s.selectedPresenceId !== null);
  const allSources = useAppStore((s) => s.sourceMode === 'all');
  const presences = useVisiblePresences();
  const clusters = useDataset().data?.clusters ?? NO_CLUSTERS;
  return useMemo(
    () => ({ view, metric, radius, allSources, presences, clusters, language, selected, t, tc }),
    [view, metric, radius, allSources, presences, clusters, language, selected, t, tc],
  );
}

const NO_CLUSTERS: LegendInput['clusters'] = [];

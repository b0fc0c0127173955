import { useEffect, useRef } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { MapRef } from 'react-map-gl/maplibre';
import { captureMap, EXPORT_PIXEL_RATIO } from './capture';
import { drawAtPrintSize, followPrintMedia } from './print-size';
import { provideMapExports, type MapImageRequest } from './registry';
import { useLegendModel } from './use-legend-model';

/**
 * Lets the export feature ask for a picture of the map or a print (see ./registry.ts). The legend and the
 * attribution come from here, where the map's marks and sources are known; the request brings the
 * title and the summary of what is shown.
 */
export function useMapExports(map: MapRef | null) {
  const { t } = useTranslation('map');
  const legend = useLegendModel();
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
      const [picture, { composeMapImage }] = await Promise.all([
        captureMap(map.getMap(), EXPORT_PIXEL_RATIO),
        import('./compose'),
      ]);
      const { legend: groups, attribution } = latest.current;
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

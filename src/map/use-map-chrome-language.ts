import { useEffect } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { MapRef } from 'react-map-gl/maplibre';

/**
 * MapLibre reads its UI strings once, at construction; a language switch must relabel the
 * canvas and the controls it already built.
 */
export function useMapChromeLanguage(map: MapRef | null) {
  const { t, i18n } = useTranslation('map');
  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    const label = (selector: string, text: string) => {
      container.querySelectorAll<HTMLElement>(selector).forEach((el) => {
        el.setAttribute('aria-label', text);
        el.title = text;
      });
    };
    map.getCanvas().setAttribute('aria-label', t('label'));
    label('.maplibregl-ctrl-zoom-in', t('controls.zoomIn'));
    label('.maplibregl-ctrl-zoom-out', t('controls.zoomOut'));
    label('.maplibregl-ctrl-attrib-button', t('controls.attribution'));
  }, [map, t, i18n.language]);
}

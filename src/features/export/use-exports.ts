import { useCallback, useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useDataset } from '@/data/dataset';
import { useVisiblePresences } from '@/hooks/use-visible-presences';
import { saveCsv, saveFile } from '@/components/save-file';
import { statusLabel, useLanguage } from '@/i18n/data-labels';
import { datedFileName } from '@/lib/format/file-name';
import { presencesCsv } from '@/lib/export/presence-csv';
import { presencesGeoJson } from '@/lib/export/presence-geojson';
import { noteSourceOf } from '@/lib/history/provenance';
import { requestMapImage } from '@/map/export/registry';
import type { ExportSummary } from './use-export-summary';

export type ExportKind = 'png' | 'csv' | 'geojson';

/**
 * Each export writes what the map and the list show (the filtered presences) and resolves to the
 * file name it saved. File names carry the local date; stems stay Danish so links in notes keep working.
 */
export function useExports(summary: ExportSummary): Record<ExportKind, () => Promise<string>> {
  const { t } = useTranslation('presences');
  const language = useLanguage();
  const { data } = useDataset();
  const presences = useVisiblePresences();

  const save = useCallback((stem: string, extension: string, blob: Blob) => {
    const name = datedFileName(stem, extension, new Date());
    saveFile(name, blob);
    return name;
  }, []);

  const csv = useCallback(async () => {
    if (!data) throw new Error('the dataset has not loaded');
    const text = presencesCsv(presences, data.clusters, {
      language,
      note: noteSourceOf(data.sources),
      status: (s) => statusLabel(s, language),
      kind: (k) => t(`kind.${k}`),
    });
    const name = datedFileName('tilstedevaerelser', 'csv', new Date());
    saveCsv(name, text);
    return name;
  }, [presences, data, language, t]);

  const geojson = useCallback(async () => {
    if (!data) throw new Error('the dataset has not loaded');
    const collection = presencesGeoJson(presences, data.clusters, noteSourceOf(data.sources));
    const blob = new Blob([JSON.stringify(collection, null, 2)], { type: 'application/geo+json' });
    return save('tilstedevaerelser', 'geojson', blob);
  }, [presences, data, save]);

  const png = useCallback(async () => {
    const blob = await requestMapImage({
      title: summary.title,
      summary: summary.lines,
      attributionLabel: summary.mapDataLabel,
      footer: [summary.source],
    });
    return save('kort', 'png', blob);
  }, [summary, save]);

  return useMemo(() => ({ png, csv, geojson }), [png, csv, geojson]);
}

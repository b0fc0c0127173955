import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useBaseMap } from '@/data/base-map';
import { useDataset } from '@/data/dataset';
import { usePopulation } from '@/data/population';
import type { Presence } from '@/model/schema';
import { useAllPresences } from '@/hooks/use-visible-presences';
import { type AreaRef } from '@/model/area';
import { areaProfile, type AreaProfile } from '@/lib/area-profile/profile';
import { findUnit, geographyFromBaseMap } from '@/lib/coverage/geography';
import type { Population } from '@/lib/population/population';
import { useAppStore } from '@/state/store';

export type ProfileState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown; retry: () => void }
  /** The link named an area the base map does not have (the URL check drops it and says so). */
  | { kind: 'unknown' }
  | { kind: 'ready'; profiles: AreaProfile<Presence>[]; population: Population };

/**
 * The profiles of the given areas with the coverage view's settings (cluster filters, the announced
 * switch) and the same presences every view gets: src/lib/area-profile does the counting.
 */
export function useAreaProfiles(areas: readonly AreaRef[]): ProfileState {
  const dataset = useDataset();
  const baseMap = useBaseMap();
  const population = usePopulation();
  const presences = useAllPresences();
  const [filters, includeAnnounced] = useAppStore(
    useShallow((s) => [s.filters, s.includeAnnounced] as const),
  );
  const failed = [dataset, baseMap, population].find((q) => q.error);
  const key = areas.map((a) => `${a.kind}:${a.code}`).join(',');
  const profiles = useMemo(() => {
    if (!dataset.data || !baseMap.data || !population.data) return null;
    const geography = geographyFromBaseMap(baseMap.data);
    const units = key
      .split(',')
      .filter(Boolean)
      .map((text) => {
        const [kind, code] = text.split(':') as [AreaRef['kind'], string];
        return findUnit(geography, { kind, code });
      });
    if (units.some((u) => !u)) return 'unknown' as const;
    const data = { clusters: dataset.data.clusters, presences };
    return units.map((unit) =>
      areaProfile(data, geography, population.data, unit as NonNullable<typeof unit>, {
        selection: filters,
        includeAnnounced,
      }),
    );
  }, [dataset.data, baseMap.data, population.data, presences, filters, includeAnnounced, key]);
  if (failed) return { kind: 'failed', error: failed.error, retry: () => void failed.refetch() };
  if (profiles === 'unknown') return { kind: 'unknown' };
  if (!profiles || !population.data) return { kind: 'loading' };
  return { kind: 'ready', profiles, population: population.data };
}

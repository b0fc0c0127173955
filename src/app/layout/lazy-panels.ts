import { lazy, type ComponentType } from 'react';
import { importAfterFirstPaint } from '@/data/first-paint';

/**
 * The panels beside the map load as their own chunks, in parallel with the map, so the first view
 * (shell, map, presences) does not wait for them; the benchmark counts them apart. Requested once the
 * first paint is shown (src/data/first-paint.ts).
 */
function panel<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await importAfterFirstPaint(load) }));
}

export const FiltersPanel = panel(() =>
  import('@/features/filters/filters-panel').then((m) => m.FiltersPanel),
);
export const PresenceList = panel(() =>
  import('@/features/presence-list/presence-list').then((m) => m.PresenceList),
);
export const StatusOverview = panel(() =>
  import('@/features/overview/status-overview').then((m) => m.StatusOverview),
);
export const ClusterPanel = panel(() =>
  import('@/features/cluster-panel/cluster-panel').then((m) => m.ClusterPanel),
);
export const CoveragePanel = panel(() =>
  import('@/features/coverage/coverage-panel').then((m) => m.CoveragePanel),
);
export const SourceReader = panel(() =>
  import('@/features/source-reader/source-reader').then((m) => m.default),
);
export const AreaProfilePanel = panel(() =>
  import('@/features/area-profile/area-profile-panel').then((m) => m.AreaProfilePanel),
);
export const ComparePanel = panel(() =>
  import('@/features/area-profile/compare-panel').then((m) => m.ComparePanel),
);
export const SearchBox = panel(() => import('@/features/search/search-box').then((m) => m.SearchBox));
export const MapLegend = panel(() => import('@/features/legend/map-legend').then((m) => m.MapLegend));
export const ChangesPanel = panel(() =>
  import('@/features/changes/changes-panel').then((m) => m.ChangesPanel),
);

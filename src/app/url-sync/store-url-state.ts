import { isUserPresenceId } from '@/model/schema';
import { sameArea } from '@/lib/area/area-ref';
import { DEFAULT_URL_STATE, type UrlState } from '@/lib/url/url-state';
import type { AppState } from '@/state/store';

type Language = NonNullable<UrlState['lang']>;

/** The part of the app's state a link carries. */
export function urlStateFromStore(s: AppState, lang: Language): UrlState {
  return {
    lang,
    view: s.view,
    filters: s.filters,
    cluster: s.selectedClusterId,
    // An imported presence lives only in this browser: a link names its cluster, never its id or place.
    presence: isUserPresenceId(s.selectedPresenceId) ? null : s.selectedPresenceId,
    camera: s.camera,
    coverageLevel: s.coverageLevel,
    coverageMetric: s.coverageMetric,
    includeAnnounced: s.includeAnnounced,
    coverageRadius: s.coverageRadius,
    reader: s.readerOpen,
    sources: s.sourceMode,
    asOf: s.asOf,
    since: s.changesSince,
    folded: s.folded,
    area: s.selectedArea,
    compare: s.compareAreas,
    compareOpen: s.compareOpen,
    embed: s.embed,
  };
}

/**
 * Puts a link's view into the store through the slices' own actions. `camera: false` leaves the
 * camera and the folded panels alone: Back and Forward neither fly the map around nor rearrange
 * the screen (see use-url-sync.ts).
 */
export function applyUrlState(s: AppState, url: UrlState, { camera }: { camera: boolean }) {
  s.setView(url.view);
  s.setEmbed(url.embed);
  s.setFilters(url.filters);
  if (url.presence && url.cluster) s.selectPresence(url.presence, url.cluster);
  else if (url.cluster) s.selectCluster(url.cluster);
  else if (s.selectedClusterId || s.selectedPresenceId) s.clearSelection();
  s.setCoverageLevel(url.coverageLevel);
  s.setCoverageMetric(url.coverageMetric);
  s.setIncludeAnnounced(url.includeAnnounced);
  s.setCoverageRadius(url.coverageRadius);
  s.setSourceMode(url.sources);
  s.setAsOf(url.asOf);
  if (url.since) s.openChanges(url.since);
  else if (s.changesSince) s.closeChanges();
  if (url.reader && !s.readerOpen) s.openReader();
  if (!url.reader && s.readerOpen) s.closeReader();
  if (camera) {
    s.setCamera(url.camera);
    s.setFoldedPanels(url.folded);
  }
  // A link frames its area unless it names a camera; Back to an earlier profile frames that one again;
  // Back past the first profile flies to where the user was before it (clearArea).
  if (url.area && !sameArea(url.area, s.selectedArea))
    s.selectArea(url.area, { frame: !url.camera || !camera });
  else if (!url.area && s.selectedArea) s.clearArea();
  s.setComparedAreas(url.compare.map((a) => ({ ...a })));
  s.setCompareOpen(url.compareOpen);
}

/** The discrete part of a view: what a history entry stands for (not the camera, the language or the layout). */
export const discrete = (url: UrlState): UrlState => ({
  ...url,
  camera: null,
  lang: DEFAULT_URL_STATE.lang,
  folded: DEFAULT_URL_STATE.folded,
});

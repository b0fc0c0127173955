import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useBaseMap } from '@/data/base-map';
import { useDataset } from '@/data/dataset';
import { useHistory } from '@/data/history';
import { knownAreas } from '@/lib/area/area-feature';
import { isUserPresenceId } from '@/model/schema';
import { isLanguage } from '@/i18n/language';
import { parseUrl } from '@/lib/url/parse-url';
import { validateAreas } from '@/lib/url/validate-areas';
import { validateIds } from '@/lib/url/validate-ids';
import { writeUrl } from '@/lib/url/write-url';
import type { Dropped } from '@/lib/url/url-state';
import { useAppStore } from '@/state/store';
import { applyUrlState, discrete, urlStateFromStore } from './store-url-state';

/*
 * The one place the store and the address bar meet.
 *   load      the link's view goes into the store before anything renders (the map starts at
 *             the link's camera); what cannot be read is dropped with a notice.
 *   dataset   ids the dataset does not know (cluster, presence, cluster filter) are dropped too;
 *   base map  and so are areas it has no outline for (area, compare).
 *   changes   a discrete change (filters, selection, view, coverage options, reader) pushes a
 *             history entry, so Back undoes it; camera moves, language and folding a side panel
 *             replace the entry.
 *   popstate  Back/Forward restore the discrete view. The camera, language and panels stay as they are:
 *             they never made entries, so flying the map on Back would surprise more than help.
 */
let hydrated = false;
let applying = false;

const currentLanguage = (lng: string) => (isLanguage(lng) ? lng : 'da');

function notify(dropped: Dropped[]) {
  if (!dropped.length) return;
  const items = dropped
    .slice(0, 3)
    .map((d) => `${d.param}=${d.value}`)
    .join(', ');
  useAppStore
    .getState()
    .pushNotice({ key: 'url:dropped', values: { items: dropped.length > 3 ? `${items} …` : items } });
}

function sync(lng: string, mode: 'auto' | 'replace') {
  const next = urlStateFromStore(useAppStore.getState(), currentLanguage(lng));
  const search = writeUrl(next);
  if (search === location.search) return;
  const before = writeUrl(discrete(parseUrl(location.search).state));
  // An embedded map keeps to one history entry: in an iframe its entries would be the host page's Back.
  const push = mode === 'auto' && !next.embed && writeUrl(discrete(next)) !== before;
  const url = `${location.pathname}${search}${location.hash}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function applyQuietly(run: () => void) {
  applying = true;
  try {
    run();
  } finally {
    applying = false;
  }
}

function hydrate() {
  if (hydrated) return;
  hydrated = true;
  const { state, dropped } = parseUrl(location.search);
  applyQuietly(() => applyUrlState(useAppStore.getState(), state, { camera: true }));
  notify(dropped);
}

export function useUrlSync() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  // Runs during the first render, before the map mounts and reads its initial camera.
  useState(hydrate);

  useEffect(() => {
    sync(lng, 'replace');
    const unsubscribe = useAppStore.subscribe(() => {
      if (!applying) sync(lng, 'auto');
    });
    const onPopState = () => {
      const { state, dropped } = parseUrl(location.search);
      applyQuietly(() => applyUrlState(useAppStore.getState(), state, { camera: false }));
      notify(dropped);
      sync(lng, 'replace');
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [lng]);

  useDatasetIdCheck(lng);
  useAreaCheck(lng);
}

/** Once the base map is in, drops areas it has no outline of (only a link can bring those in). */
function useAreaCheck(lng: string) {
  const { data: baseMap } = useBaseMap();
  const area = useAppStore((s) => s.selectedArea);
  const compare = useAppStore((s) => s.compareAreas);
  useEffect(() => {
    if (!baseMap) return;
    const checked = validateAreas({ area, compare }, knownAreas(baseMap));
    if (!checked.dropped.length) return;
    applyQuietly(() => {
      const s = useAppStore.getState();
      if (area && !checked.area) s.clearArea();
      if (checked.compare.length !== compare.length) s.setComparedAreas(checked.compare);
    });
    notify(checked.dropped);
    sync(lng, 'replace');
  }, [baseMap, area, compare, lng]);
}

/** Once the dataset is in, drops ids it does not know; only a link can bring those in. */
function useDatasetIdCheck(lng: string) {
  const { data } = useDataset();
  const cluster = useAppStore((s) => s.selectedClusterId);
  // Imported presences are never in a link (see store-url-state.ts), so there is nothing to check.
  const presence = useAppStore((s) => (isUserPresenceId(s.selectedPresenceId) ? null : s.selectedPresenceId));
  const clusters = useAppStore((s) => s.filters.clusters);
  // With every source the presences known are the note's and the other sources': wait for those.
  const allSources = useAppStore((s) => s.sourceMode === 'all');
  const history = useHistory(allSources);
  useEffect(() => {
    if (!data || (allSources && !history.data)) return;
    const known = {
      clusterIds: new Set(data.clusters.map((c) => c.id)),
      presenceIds: new Set([
        ...data.presences.map((p) => p.id),
        ...(allSources ? (history.data?.presences ?? []).map((p) => p.id) : []),
      ]),
    };
    const checked = validateIds({ cluster, presence, clusters }, known);
    if (!checked.dropped.length) return;
    applyQuietly(() => {
      const s = useAppStore.getState();
      if (checked.presence && checked.cluster) s.selectPresence(checked.presence, checked.cluster);
      else if (checked.cluster) s.selectCluster(checked.cluster);
      else s.clearSelection();
      if (checked.clusters.length !== clusters.length) s.setFilterValues('clusters', [...checked.clusters]);
    });
    notify(checked.dropped);
    sync(lng, 'replace');
  }, [data, allSources, history.data, cluster, presence, clusters, lng]);
}

import type { SourceMode } from '@/model/schema';
import { DEFAULT_AS_OF } from '@/model/as-of-presets';
import type { AsOf } from '@/model/fact-date';
import type { AreaRef } from '@/model/area';
import type { Camera } from '@/model/camera';
import { EMPTY_FILTERS, type Filters } from '@/model/filters';
import type { AreaLevel, CoverageMetric, Language, RadiusKm, SidePanelId, View } from '@/model/view';

/** Everything a link can carry. Defaults are left out of the query string. */
export interface UrlState {
  /** null: the link does not say, the reader's own choice (or Danish) applies. */
  lang: Language | null;
  view: View;
  filters: Filters;
  /** A presence implies its cluster; `cluster` alone opens the cluster's panel. */
  cluster: string | null;
  presence: string | null;
  /** null: fit Denmark to the screen. */
  camera: Camera | null;
  coverageLevel: AreaLevel;
  coverageMetric: CoverageMetric;
  includeAnnounced: boolean;
  coverageRadius: RadiusKm;
  reader: boolean;
  /** Which sources the map shows: the note alone (default) or every source at `asOf`. */
  sources: SourceMode;
  /** The chosen date ("Status pr."), a calendar day or "latest"; used with every source only. */
  asOf: AsOf;
  /** "What changed" from this day to `asOf` (the panel and the map's difference); null when not compared. */
  since: string | null;
  /** Side panels folded to a rail on a wide screen, in SIDE_PANELS order. */
  folded: readonly SidePanelId[];
  /** The area whose profile is open. */
  area: AreaRef | null;
  /** The areas set side by side, in the order added, and whether their table is open. */
  compare: AreaRef[];
  compareOpen: boolean;
  /** The embed layout: the map, its legend and a title line, for an iframe (?embed=1). */
  embed: boolean;
}

export const DEFAULT_URL_STATE: UrlState = {
  lang: null,
  view: 'presences',
  filters: EMPTY_FILTERS,
  cluster: null,
  presence: null,
  camera: null,
  coverageLevel: 'region',
  coverageMetric: 'clusters',
  includeAnnounced: false,
  coverageRadius: 50,
  reader: false,
  sources: 'note',
  asOf: DEFAULT_AS_OF,
  since: null,
  folded: [],
  area: null,
  compare: [],
  compareOpen: false,
  embed: false,
};

/** A value the link held that the app cannot use, for the "we skipped this" notice. */
export interface Dropped {
  param: string;
  value: string;
}

/** Query parameter names: short, readable, and in the order they are written (alphabetical). */
export const PARAMS = {
  includeAnnounced: 'announced',
  area: 'area',
  bases: 'basis',
  businessAreas: 'business',
  cluster: 'cluster',
  clusters: 'clusters',
  compare: 'compare',
  compareOpen: 'comparing',
  embed: 'embed',
  erhvervshus: 'erhvervshus',
  folded: 'fold',
  lang: 'lang',
  coverageLevel: 'level',
  asOf: 'date',
  camera: 'map',
  coverageMetric: 'metric',
  presence: 'presence',
  coverageRadius: 'radius',
  reader: 'reader',
  regions: 'regions',
  since: 'since',
  sources: 'sources',
  statuses: 'status',
  tracks: 'track',
  view: 'view',
} as const;

/** A presence id is "<clusterId>--<place slug>"; the cluster is read from it. */
export const clusterOfPresence = (presenceId: string): string => presenceId.split('--')[0] ?? presenceId;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PRESENCE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/;

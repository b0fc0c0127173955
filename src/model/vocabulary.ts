/**
 * The dataset's vocabulary: the closed lists its schemas check against, with their labels. Plain values,
 * no zod, so the first view can use them without loading the validators (see src/model/schema.ts).
 */

/** Bump when the shape of dataset.json changes in a way the app must know about. */
export const DATASET_VERSION = 2;

export const ERHVERVSHUS_CODES = [
  'hovedstaden',
  'sjaelland',
  'fyn',
  'sydjylland',
  'midtjylland',
  'nordjylland',
] as const;

export const REGION_CODES = ['1081', '1082', '1083', '1084', '1085'] as const;

export type ErhvervshusCode = (typeof ERHVERVSHUS_CODES)[number];
export type RegionCode = (typeof REGION_CODES)[number];

/**
 * How the note describes the cluster's consolidation (null when it does not say):
 * merged: formed by merging organisations · split: formed by splitting an earlier organisation ·
 * new-organisation: a new organisation was established · consolidated: "fully consolidated", how not said ·
 * later: consolidation completed late, during 2021 · kept: not consolidated, kept its existing organisation.
 */
export const CONSOLIDATION_KINDS = [
  'merged',
  'split',
  'new-organisation',
  'consolidated',
  'later',
  'kept',
] as const;

/** What a dated milestone is. `expected` marks the ones the note puts in the future. */
export const MILESTONE_EVENTS = [
  'established',
  'action-plan-approved',
  'consolidation-completed',
  'strategy-published',
] as const;

/** day: YYYY-MM-DD · month: YYYY-MM · mid-year: YYYY ("medio 2022"). */
export const DATE_PRECISIONS = ['day', 'month', 'mid-year'] as const;

/** over: "over" · nearly: "knap", "næsten" · about: "ca." · exact: a plain number. */
export const APPROXIMATIONS = ['over', 'nearly', 'about', 'exact'] as const;

export const FIGURE_UNITS = ['DKK', 'count'] as const;

export const COLLABORATION_KINDS = ['cluster', 'erhvervshus', 'knowledge-institution', 'other'] as const;

/**
 * agreement: a cooperation agreement is stated · active: stated as existing or ongoing ·
 * in-progress: the cluster is working on it · aim: the note states a focus on building or strengthening it.
 */
export const COLLABORATION_STATUSES = ['agreement', 'active', 'in-progress', 'aim'] as const;

export type ConsolidationKind = (typeof CONSOLIDATION_KINDS)[number];
export type CollaborationStatus = (typeof COLLABORATION_STATUSES)[number];

/**
 * From the note's verb; ordered from most to least certain (see docs/domain.md). `closed` comes last: a
 * source says the presence ended (MARLOG's bankruptcy in April 2022). It is shown, never counted as present.
 */
export const PRESENCE_STATUSES = [
  'established',
  'opening',
  'in-progress',
  'planned',
  'considering',
  'closed',
] as const;

/** The statuses that can count as present in coverage: every status but `closed`. */
export const COUNTABLE_STATUSES = PRESENCE_STATUSES.filter(
  (s): s is Exclude<PresenceStatus, 'closed'> => s !== 'closed',
);
export type CountableStatus = (typeof COUNTABLE_STATUSES)[number];

export const PRESENCE_STATUS_LABELS: Record<PresenceStatus, { da: string; en: string; verbs: string }> = {
  established: {
    da: 'Etableret',
    en: 'Established',
    verbs: 'har etableret / åbnet / oprettet, et nyt kontor i',
  },
  opening: { da: 'Åbner snart', en: 'Opening soon', verbs: 'snarlig åbning af' },
  'in-progress': {
    da: 'Under etablering',
    en: 'In progress',
    verbs: 'arbejder på (at etablere), arbejder aktuelt på',
  },
  planned: { da: 'Planlagt', en: 'Planned', verbs: 'har fokus på at etablere' },
  considering: { da: 'Overvejes', en: 'Under consideration', verbs: 'overvejer muligheder for' },
  closed: { da: 'Lukket', en: 'Closed', verbs: 'konkurs, lukket' },
};

/**
 * office · head-office (hovedsæde, hovedkontor, hovedkvarter, sekretariat; in the note only ever inferred from a
 * name) · department (afdeling, and a source's hub or node) · presence (tilstedeværelse, repræsentation) ·
 * effort (klyngeindsats) · partnership.
 */
export const PRESENCE_KINDS = [
  'office',
  'head-office',
  'department',
  'presence',
  'effort',
  'partnership',
] as const;

/** city: the note names a town (drawn as a point) · area: only an area (drawn as that area, never as a pin). */
export const PRECISIONS = ['city', 'area'] as const;

/** Which polygon layer of the geo build an area refers to; geographic Funen is code "fyn". */
export const AREA_TYPES = ['region', 'funen', 'erhvervshus', 'municipality'] as const;

/**
 * How an alias links a place name to a town or an area. spelling: the same place in another spelling or
 * language (København → Copenhagen, Köpenhamn) · institution: an institution, at the town where it sits
 * (RUC → Roskilde) · site: a named business park or building, at its town (Agro Food Park → Aarhus) ·
 * truncated: a name a source's readable text cuts off ("Roskild[…]") · area-name: an area (Sjælland →
 * Region Sjælland) · project: a project, at the area where it lies (Femern Bælt-projektet → Lolland).
 */
export const ALIAS_KINDS = ['spelling', 'institution', 'site', 'truncated', 'area-name', 'project'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

/** How a place became a location: straight from the gazetteer, or through an alias of one of its kinds. */
export const PLACE_LINK_KINDS = ['gazetteer', ...ALIAS_KINDS] as const;

export type PresenceStatus = (typeof PRESENCE_STATUSES)[number];
export type PresenceKind = (typeof PRESENCE_KINDS)[number];
export type Precision = (typeof PRECISIONS)[number];
export type AreaType = (typeof AREA_TYPES)[number];

/** Imported presences' ids start with this, so they never collide with the dataset's (user-presence-schema.ts). */
export const USER_PRESENCE_PREFIX = 'user--';

export const isUserPresenceId = (id: string | null | undefined): boolean =>
  !!id && id.startsWith(USER_PRESENCE_PREFIX);

/** Long enough for a citation or a URL; short enough that a stray cell of a whole document is refused. */
export const USER_TEXT_MAX = { place: 120, source: 500, note: 1000 } as const;

/**
 * How precisely a dated fact or a source's publication is dated. day: YYYY-MM-DD · month: YYYY-MM ·
 * season: YYYY-spring|summer|autumn|winter (the note: "2021-autumn") · year: YYYY · undated: no date (null).
 * How a date compares with a chosen date is src/lib/time/fact-date.ts.
 */
export const FACT_DATE_PRECISIONS = ['day', 'month', 'season', 'year', 'undated'] as const;
export type FactDatePrecision = (typeof FACT_DATE_PRECISIONS)[number];

/** Meteorological seasons: spring March–May, summer June–August, autumn September–November, winter December–February. */
export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;

export const SOURCE_LANGUAGES = ['da', 'en', 'sv'] as const;
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number];

/**
 * How much of a source geo/sources/ holds. full: the whole document (the note); a quote may lie anywhere in it.
 * excerpts: only the passages Klyngekort quotes, one quotation block each; a quote must lie within one.
 */
export const SOURCE_TEXT_KINDS = ['full', 'excerpts'] as const;

/**
 * Which sources the map shows: the note alone (the default, as the app always was), or every registered
 * source at a chosen date (src/lib/history/presences-as-of.ts).
 */
export const SOURCE_MODES = ['note', 'all'] as const;
export type SourceMode = (typeof SOURCE_MODES)[number];

/**
 * What a dated fact without a place of its own is about. closure: the cluster ended (all its presences
 * close) · unplaced: offices or staff the source does not place in a town ("otte kontorer") · programme: the
 * national programme (how many clusters, where they sit) · context: a fact that qualifies others (a merger
 * date, "ikke noget hovedsæde"), shown with the conflict it belongs to.
 */
export const DATED_FACT_TOPICS = ['closure', 'unplaced', 'programme', 'context'] as const;
export type DatedFactTopic = (typeof DATED_FACT_TOPICS)[number];

import { PRESENCE_STATUS_LABELS, type Cluster, type Presence, type PresenceStatus } from '@/model/schema';
import { INTL_LOCALE } from '@/model/locale';
import { groupByCluster, unlocatedClusters, type PresenceGroup } from '@/lib/presence/group-presences';
import type { ActiveFilter } from './active-filter';
import { placeBehind } from '@/lib/presence/place-behind';
import { notePreposition } from './place-phrase';
import { joinCapped, joinList, type Words } from './words';

/** The presences view as the map, the legend and the list show it. */
export interface PresencesInput {
  view: 'presences';
  /** In the note's order. */
  clusters: readonly Cluster[];
  /** What the filters let through: the map's and the list's presences (useVisiblePresences). */
  shown: readonly Presence[];
  /** Everything the filters choose from: the dataset's presences and the imported ones switched on. */
  all: readonly Presence[];
  filters: readonly ActiveFilter[];
  selectedClusterId: string | null;
  selectedPresenceId: string | null;
}

export interface DescribedPart {
  /** What is shown, for a title line. */
  what: string;
  sentences: string[];
}

/** Enough to read aloud; a view of thousands of imported presences is summed up past these. */
const MAX_CLUSTERS = 14;
const MAX_PLACES = 8;

const statusWord = (status: PresenceStatus, words: Words) =>
  PRESENCE_STATUS_LABELS[status][words.language].toLocaleLowerCase(INTL_LOCALE[words.language]);

/** "RUC (Roskilde)", "Copenhagen (udledt)", "Vejle (eget datapunkt)". */
function placeName(p: Presence, words: Words): string {
  const marks = [
    placeBehind(p),
    p.basis.type === 'inferred' ? words.t('marks.inferred') : null,
    p.basis.type === 'user' ? words.t('marks.user') : null,
  ].filter((m): m is string => m !== null);
  return marks.length ? `${p.place} (${marks.join(', ')})` : p.place;
}

/** "i Viborg, Aarhus, København og på Fyn": a preposition where it changes, as the note writes it. */
function placeList(presences: readonly Presence[], words: Words): string {
  let previous = '';
  const items = presences.map((p) => {
    const phrase = notePreposition(p);
    const preposition = words.t(`preposition.${phrase}`, { defaultValue: words.t('preposition.i') });
    const name = placeName(p, words);
    const item = preposition === previous ? name : `${preposition} ${name}`;
    previous = preposition;
    return item;
  });
  return joinCapped(items, MAX_PLACES, words);
}

/** "We Build Denmark – etableret i Albertslund, …; under etablering i Midtjylland". */
function clusterLine(group: PresenceGroup, words: Words): string {
  const byStatus = new Map<PresenceStatus, Presence[]>();
  for (const p of group.presences) byStatus.set(p.status, [...(byStatus.get(p.status) ?? []), p]);
  const parts = [...byStatus].map(
    ([status, list]) => `${statusWord(status, words)} ${placeList(list, words)}`,
  );
  return `${group.cluster.name} – ${parts.join('; ')}`;
}

function selectionSentence(input: PresencesInput, words: Words): string | null {
  const { t } = words;
  const cluster = input.clusters.find((c) => c.id === input.selectedClusterId);
  if (!cluster) return null;
  const presence = input.shown.find((p) => p.id === input.selectedPresenceId);
  if (presence) {
    const status = statusWord(presence.status, words);
    return t('presences.selectedPresence', {
      place: placeName(presence, words),
      cluster: cluster.name,
      status,
    });
  }
  const count = input.shown.filter((p) => p.clusterId === cluster.id).length;
  return t('presences.selectedCluster', { cluster: cluster.name, count });
}

/** Filters as one sentence: "Filtre: forretningsområde Byggeri og anlæg; status Etableret." */
export function filterSentence(filters: readonly ActiveFilter[], words: Words): string | null {
  if (!filters.length) return null;
  const list = filters.map((f) => `${f.facet}: ${joinList(f.values, words.language)}`).join('; ');
  return words.t('filters', { list });
}

/**
 * "Kortet viser 5 af 23 tilstedeværelser: We Build Denmark – etableret i Albertslund, Odense, Næstved
 * og Aalborg; under etablering i Midtjylland." Clusters in the list's order (groupByCluster), places
 * in its order within each, statuses in the legend's words; then what is selected, the clusters the
 * note places nowhere (as the unfiltered list shows them; with every source at a date `atDate`, the
 * clusters no source places by then), and the filters.
 */
export function describePresences(input: PresencesInput, words: Words, atDate = false): DescribedPart {
  const { t, language } = words;
  const total = input.all.length;
  const shown = input.shown.length;
  const scope = shown === 0 ? 'none' : shown === total ? 'all' : 'some';
  const count = t(`presences.${scope}`, { count: total, shown });
  const groups = groupByCluster([...input.shown], [...input.clusters], INTL_LOCALE[language]);
  const lines = groups.slice(0, MAX_CLUSTERS).map((g) => clusterLine(g, words));
  if (groups.length > MAX_CLUSTERS)
    lines.push(t('presences.moreClusters', { count: groups.length - MAX_CLUSTERS }));
  const unlocated = input.filters.length
    ? []
    : unlocatedClusters(
        [...input.clusters],
        input.all.filter((p) => p.basis.type !== 'user'),
      );
  const sentences = [
    lines.length ? `${count}: ${lines.join('. ')}.` : `${count}.`,
    selectionSentence(input, words),
    unlocated.length
      ? t(atDate ? 'presences.unlocatedAt' : 'presences.unlocated', {
          count: unlocated.length,
          clusters: joinList(
            unlocated.map((c) => c.name),
            language,
          ),
        })
      : null,
    filterSentence(input.filters, words),
  ];
  const values = input.filters.flatMap((f) => f.values);
  return {
    what: values.length
      ? t('presences.whatFiltered', { count: total, shown, filters: values.join(', ') })
      : t('presences.what', { count: total, shown }),
    sentences: sentences.filter((s): s is string => s !== null),
  };
}

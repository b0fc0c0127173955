import type { Presence } from '@/model/schema';
import type { CoverageAnalysis } from '@/lib/coverage/analyse';
import { FAR_KM } from '@/lib/coverage/classes';
import type { AreaUnit } from '@/lib/coverage/geography';
import type { AreaLevel, CoverageMetric } from '@/model/view';
import { CLUSTER_SELECTION_KEYS } from '@/lib/coverage/selection';
import { formatNumber } from '@/model/locale';
import type { ActiveFilter } from './active-filter';
import type { DescribedPart } from './describe-presences';
import { filterSentence } from './describe-presences';
import { joinCapped, type Words } from './words';

/** The coverage view as its map and panel show it: one analysis (useCoverageAnalysis) for both. */
export interface CoverageInput {
  view: 'coverage';
  metric: CoverageMetric;
  level: AreaLevel;
  includeAnnounced: boolean;
  analysis: Pick<CoverageAnalysis, 'clusterIds' | 'statuses' | 'areas' | 'distances'>;
  totalClusters: number;
  /** Every presence the analysis counted from (the dataset's and the imported ones switched on). */
  all: readonly Presence[];
  /** The active filters; only those that choose clusters apply to coverage. */
  filters: readonly ActiveFilter[];
}

/** Names listed before the rest is counted ("… og 37 andre"). */
const MAX_AREAS = 5;
const MAX_FARTHEST = 3;

const areaName = (unit: AreaUnit, words: Words) =>
  words.language === 'en' ? (unit.nameEn ?? unit.name) : unit.name;

const level = (lvl: AreaLevel, count: number, words: Words) => words.t(`levels.${lvl}`, { count });

function clusterSentences(input: CoverageInput, words: Words): string[] {
  const { t } = words;
  const counted = input.analysis.areas.map((a) => ({
    name: areaName(a.unit, words),
    count: a.present.length,
  }));
  const total = counted.length;
  const max = Math.max(0, ...counted.map((a) => a.count));
  const min = Math.min(...counted.map((a) => a.count));
  const names = (n: number) =>
    joinCapped(
      counted.filter((a) => a.count === n).map((a) => a.name),
      MAX_AREAS,
      words,
    );
  const tied = (n: number) => counted.filter((a) => a.count === n).length;
  if (max === 0)
    return [t('coverage.clusters.nowhere', { count: total, areas: level(input.level, total, words) })];
  if (min === max)
    return [t('coverage.clusters.even', { count: max, areas: level(input.level, total, words), total })];
  const sentences = [
    t(tied(max) > 1 ? 'coverage.clusters.mostTied' : 'coverage.clusters.most', {
      count: max,
      areas: names(max),
    }),
  ];
  sentences.push(
    min === 0
      ? t('coverage.clusters.whiteSpots', {
          count: tied(0),
          total,
          level: level(input.level, total, words),
          areas: names(0),
        })
      : t(tied(min) > 1 ? 'coverage.clusters.fewestTied' : 'coverage.clusters.fewest', {
          count: min,
          areas: names(min),
        }),
  );
  return sentences;
}

function distanceSentences(input: CoverageInput, words: Words): string[] {
  const { t, language } = words;
  const measured = input.analysis.distances.filter((d) => d.km !== null);
  const total = input.analysis.distances.length;
  if (!measured.length) return [t('coverage.distance.nothing')];
  const km = (value: number) => formatNumber(Math.round(value), language, 0);
  const farthest = [...measured]
    .sort((a, b) => (b.km ?? 0) - (a.km ?? 0))
    .slice(0, MAX_FARTHEST)
    .map((d) => t('coverage.distance.place', { name: areaName(d.unit, words), km: km(d.km ?? 0) }));
  const far = measured.filter((d) => (d.km ?? 0) >= FAR_KM).length;
  return [
    t('coverage.distance.farthest', { places: joinCapped(farthest, MAX_FARTHEST, words) }),
    t('coverage.distance.far', { count: far, total, km: FAR_KM }),
  ];
}

/**
 * "Kortet viser for hver region, hvor mange af de 14 klynger der er til stede. Kun etablerede
 * tilstedeværelser tæller. Flest: Region Hovedstaden (5 klynger). Færrest: …". For the distance map
 * the farthest municipalities and how many lie beyond FAR_KM, as the panel's summary counts them.
 */
export function describeCoverage(input: CoverageInput, words: Words): DescribedPart {
  const { t } = words;
  const filters = input.filters.filter((f) => (CLUSTER_SELECTION_KEYS as readonly string[]).includes(f.key));
  const clusters = input.analysis.clusterIds.length;
  const which =
    clusters === input.totalClusters
      ? t('coverage.allClusters', { count: clusters })
      : t('coverage.someClusters', { count: clusters, total: input.totalClusters });
  const statuses = t(input.includeAnnounced ? 'coverage.statusesAnnounced' : 'coverage.statuses');
  const intro =
    input.metric === 'distance'
      ? t('coverage.distance.intro', { count: input.analysis.distances.length, clusters: which })
      : t('coverage.clusters.intro', { level: level(input.level, 1, words), clusters: which });
  const detail =
    input.metric === 'distance' ? distanceSentences(input, words) : clusterSentences(input, words);
  const values = filters.flatMap((f) => f.values);
  const what = t(`coverage.what.${input.metric}`, {
    level: level(input.level, 1, words),
    statuses: t(input.includeAnnounced ? 'coverage.whatAnnounced' : 'coverage.whatEstablished'),
  });
  return {
    what: values.length ? `${what} – ${values.join(', ')}` : what,
    sentences: [intro, statuses, ...detail, filterSentence(filters, words)].filter(
      (s): s is string => s !== null,
    ),
  };
}

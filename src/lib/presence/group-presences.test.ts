import { describe, expect, it } from 'vitest';
import { firstOfGroups, groupByCluster, unlocatedClusters } from './group-presences';
import { dataset } from '@/testing/presence-fixtures';

describe('groupByCluster', () => {
  const groups = groupByCluster(dataset.presences, dataset.clusters, 'da');

  it('keeps the note’s order of clusters and leaves out clusters without presences', () => {
    expect(groups.map((g) => g.cluster.id)).toEqual([
      'clean',
      'food-bio-cluster-denmark',
      'marlog',
      'we-build-denmark',
      'digitallead',
      'copenhagen-fintech',
      'odense-robotics',
      'vision-denmark',
    ]);
    expect(groups.flatMap((g) => g.presences)).toHaveLength(dataset.presences.length);
  });

  it('lists established presences first, then by place in the reader’s alphabet (Danish: Aa is Å)', () => {
    const places = (locale: string) =>
      groupByCluster(dataset.presences, dataset.clusters, locale)
        .find((g) => g.cluster.id === 'odense-robotics')
        ?.presences.map((p) => p.place);
    expect(places('da')).toEqual([
      'København',
      'Odense',
      'Sønderborg',
      'Aalborg',
      'Aarhus',
      'Femern Bælt-projektet',
      'Sjælland',
    ]);
    expect(places('en')?.slice(0, 5)).toEqual(['Aalborg', 'Aarhus', 'København', 'Odense', 'Sønderborg']);
  });
});

describe('unlocatedClusters', () => {
  it('finds the six clusters the note gives no place for', () => {
    expect(unlocatedClusters(dataset.clusters, dataset.presences).map((c) => c.id)).toEqual([
      'energy-cluster-denmark',
      'danish-life-science-cluster',
      'lifestyle-design-cluster',
      'made',
      'censec',
      'danish-sound-cluster',
    ]);
  });
});

describe('firstOfGroups', () => {
  const groups = groupByCluster(dataset.presences, dataset.clusters, 'da');
  const first = (limit: number) => firstOfGroups(dataset.presences, dataset.clusters, 'da', limit);
  it('keeps everything under the limit', () => {
    expect(first(100)).toEqual({ groups, hidden: 0 });
  });
  it('cuts after the first presences, in order, and counts the rest', () => {
    const { groups: shown, hidden } = first(3);
    expect(shown.map((g) => [g.cluster.id, g.presences.length])).toEqual([
      ['clean', 2],
      ['food-bio-cluster-denmark', 1],
    ]);
    // A group cut short still counts all of its presences, for its heading.
    const whole = (id: string) => groups.find((g) => g.cluster.id === id)?.presences.length;
    expect(shown.map((g) => g.total)).toEqual([whole('clean'), whole('food-bio-cluster-denmark')]);
    expect(shown[1]?.total).toBeGreaterThan(1);
    expect(hidden).toBe(dataset.presences.length - 3);
  });
  it('shows what groupByCluster would, cut at the limit', () => {
    for (const limit of [0, 1, 5, 12, 22]) {
      const shown = first(limit).groups.flatMap((g) => g.presences.map((p) => p.id));
      expect(shown, String(limit)).toEqual(
        groups.flatMap((g) => g.presences.map((p) => p.id)).slice(0, limit),
      );
    }
  });
  it('leaves the caller’s array in its order', () => {
    const presences = [...dataset.presences].reverse();
    const before = presences.map((p) => p.id);
    firstOfGroups(presences, dataset.clusters, 'da', 5);
    expect(presences.map((p) => p.id)).toEqual(before);
  });
});

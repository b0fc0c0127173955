import { describe, expect, it } from 'vitest';
import { presenceRegions, summariseClusters } from './cluster-summary';
import { sortSummaries } from './cluster-sort';
import { dataset, presence } from '@/testing/presence-fixtures';

const summaries = summariseClusters(dataset.clusters, dataset.presences);
const row = (id: string) => summaries.find((s) => s.cluster.id === id);

describe('summariseClusters', () => {
  it('counts presences by status', () => {
    expect(row('odense-robotics')?.byStatus).toEqual({
      established: 5,
      opening: 0,
      'in-progress': 0,
      planned: 0,
      considering: 2,
      closed: 0,
    });
    expect(row('energy-cluster-denmark')?.total).toBe(0);
  });

  it('never counts a closed presence as present in a region', () => {
    const closed = dataset.presences
      .filter((p) => p.clusterId === 'marlog')
      .map((p) => ({ ...p, status: 'closed' as const }));
    const [marlog] = summariseClusters(
      dataset.clusters.filter((c) => c.id === 'marlog'),
      closed,
    );
    expect(marlog?.byStatus.closed).toBe(closed.length);
    expect(Object.values(marlog?.regions ?? {}).every((r) => r === 'none')).toBe(true);
  });

  it('tells established from announced presence per region', () => {
    expect(row('food-bio-cluster-denmark')?.regions).toEqual({
      '1081': 'none',
      '1082': 'none',
      '1083': 'established',
      '1084': 'none',
      '1085': 'announced',
    });
  });

  it('finds the regions of an area that spans several through its municipalities', () => {
    const spanning = { ...presence('vision-denmark--fyn'), region: null };
    expect(presenceRegions(spanning, (m) => (m === '0461' ? '1083' : undefined))).toEqual(['1083']);
  });
});

describe('sortSummaries', () => {
  const label = (s: (typeof summaries)[number]) => s.cluster.businessArea.da;
  it('keeps the note’s order by default and for ties', () => {
    expect(sortSummaries(summaries, 'note', 'ascending', label, 'da').map((s) => s.index)).toEqual(
      summaries.map((_, i) => i),
    );
    const emergingLast = sortSummaries(summaries, 'track', 'ascending', label, 'da');
    expect(emergingLast.slice(0, 10).every((s) => !s.cluster.emerging.value)).toBe(true);
    expect(emergingLast.map((s) => s.index).slice(0, 3)).toEqual([0, 1, 2]);
  });

  it('sorts names the Danish way and can reverse', () => {
    const names = sortSummaries(summaries, 'name', 'descending', label, 'da').map((s) => s.cluster.name);
    expect(names[0]).toBe('We Build Denmark');
    expect(names.at(-1)).toBe('CenSec');
  });

  it('puts the cluster with most established presences first when descending', () => {
    expect(sortSummaries(summaries, 'presences', 'descending', label, 'da')[0]?.cluster.id).toBe(
      'odense-robotics',
    );
    // Both are established in four regions and announced in the fifth: the note's order breaks the tie.
    const regions = sortSummaries(summaries, 'regions', 'descending', label, 'da').map((s) => s.cluster.id);
    expect(regions.slice(0, 2)).toEqual(['we-build-denmark', 'odense-robotics']);
  });

  it('puts "not stated" consolidation last', () => {
    const kinds = sortSummaries(summaries, 'consolidation', 'ascending', label, 'da').map(
      (s) => s.cluster.consolidation.kind,
    );
    expect(kinds.slice(-2)).toEqual([null, null]);
    expect(kinds[0]).toBe('merged');
  });
});

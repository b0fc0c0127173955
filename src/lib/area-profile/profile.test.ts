import { describe, expect, it } from 'vitest';
import { residentsOf } from '@/lib/population/population';
import { dataset, geography, population, unit } from '@/testing/coverage-fixtures';
import { areaProfile, type ProfileOptions } from './profile';

const none = { businessAreas: [], clusters: [], tracks: [] };
const established: ProfileOptions = { selection: none, includeAnnounced: false };
const profile = (level: 'region' | 'erhvervshus' | 'municipality', code: string, options = established) =>
  areaProfile(dataset, geography, population, unit(level, code), options);
const ids = (items: { presence: { id: string } }[]) => items.map((i) => i.presence.id);

describe("areaProfile: Region Sjælland (the issue's case)", () => {
  const sj = profile('region', '1085');

  it('has 842,681 residents, 14.4 % of Denmark, 17 municipalities, the same area as Erhvervshus Sjælland', () => {
    expect(sj.residents).toBe(842_681);
    expect(sj.shareOfDenmark).toBeCloseTo(842_681 / 5_867_318, 12);
    expect(sj.relations.municipalities).toHaveLength(17);
    expect(sj.relations.same.map((u) => u.code)).toEqual(['sjaelland']);
    expect(sj.relations.within).toEqual([]);
  });

  it('lists CLEAN and We Build Denmark as established, the announced and the area-level efforts', () => {
    expect(ids(sj.present.established)).toEqual(['clean--roskilde', 'we-build-denmark--naestved']);
    expect(sj.presentClusterIds).toEqual(['clean', 'we-build-denmark']);
    expect(ids(sj.present.announced)).toEqual(['food-bio-cluster-denmark--slagelse', 'digitallead--ruc']);
    expect(ids(sj.present.areaLevel)).toEqual([
      'clean--sjaelland',
      'marlog--sjaelland',
      'digitallead--sjaelland',
      'odense-robotics--sjaelland',
      'odense-robotics--femern-baelt-projektet',
    ]);
    expect(sj.present.closed).toEqual([]);
    expect(sj.present.areaLevel.every((p) => !p.counted)).toBe(true);
  });

  it('gives every absent cluster its nearest counted presence, or none to measure to', () => {
    expect(sj.absent).toHaveLength(12);
    const absent = new Map(sj.absent.map((a) => [a.clusterId, a]));
    // Copenhagen FinTech's only office is in København; Region Sjælland's nearest municipality to it
    // is measured from its own point, a few tens of km away.
    const fintech = absent.get('copenhagen-fintech')?.nearest;
    expect(fintech?.presences.map((p) => p.presenceId)).toEqual(['copenhagen-fintech--copenhagen']);
    expect(fintech?.km).toBeGreaterThan(10);
    expect(fintech?.km).toBeLessThan(40);
    expect(sj.relations.municipalities.map((m) => m.code)).toContain(fintech?.from.code);
    expect(absent.get('marlog')).toMatchObject({ announcedHere: true, nearest: null });
    expect(absent.get('energy-cluster-denmark')).toMatchObject({ announcedHere: false, nearest: null });
  });

  it('counts residents within reach with the same rule as the coverage view, and ranks among 5 regions', () => {
    expect(sj.within[25]).toBeLessThanOrEqual(sj.within[50]);
    expect(sj.within[50]).toBeLessThanOrEqual(sj.residents);
    expect(sj.withinAnyCluster).toBeNull();
    expect(sj.ranks?.peers).toBe(5);
    // Two clusters, as Nordjylland; Hovedstaden and Syddanmark have three, Midtjylland one.
    expect(sj.ranks?.clusters).toEqual({ position: 3, of: 5, tied: true });
  });

  it('with announced presences counted, the area-level efforts count and every resident is within reach', () => {
    const all = profile('region', '1085', { selection: none, includeAnnounced: true });
    expect(all.present.areaLevel.every((p) => p.counted)).toBe(true);
    expect(all.presentClusterIds).toEqual(
      expect.arrayContaining(['clean', 'marlog', 'we-build-denmark', 'odense-robotics']),
    );
    expect(all.within[25]).toBe(842_681);
  });
});

describe('areaProfile: filters, municipalities and Funen', () => {
  it('with a business-area filter, counts the selected clusters and gives the any-cluster numbers too', () => {
    const p = profile('region', '1085', {
      selection: { ...none, businessAreas: ['construction'] },
      includeAnnounced: false,
    });
    expect(p.filtered).toBe(true);
    expect(p.clusterIds).toEqual(['we-build-denmark']);
    expect(p.absent).toEqual([]);
    expect(p.withinAnyCluster?.[50]).toBeGreaterThanOrEqual(p.within[50]);
  });

  it('Lolland: within its region, erhvervshus area; Næstved 58 km away for We Build; beyond 50 km', () => {
    const lolland = profile('municipality', '0360');
    expect(lolland.relations.within.map((u) => `${u.level}:${u.code}`)).toEqual([
      'region:1085',
      'erhvervshus:sjaelland',
    ]);
    expect(lolland.residents).toBe(40_241);
    expect(lolland.present.areaLevel.map((p) => p.presence.id)).toContain(
      'odense-robotics--femern-baelt-projektet',
    );
    const weBuild = lolland.absent.find((a) => a.clusterId === 'we-build-denmark')?.nearest;
    expect(weBuild?.km).toBeCloseTo(58.4, 0);
    expect(weBuild?.from.code).toBe('0360');
    expect(lolland.within).toEqual({ 25: 0, 50: 0 });
    expect(lolland.ranks?.peers).toBe(98);
    expect(lolland.ranks?.within50.of).toBe(98);
  });

  it('Funen: ten municipalities, within Region Syddanmark, holding Erhvervshus Fyn; no peers to rank', () => {
    const funen = areaProfile(dataset, geography, population, geography.funen, established);
    expect(funen.residents).toBe(residentsOf(geography.funen, population));
    expect(funen.relations.within.map((u) => u.code)).toEqual(['1083']);
    expect(funen.relations.contains.map((u) => `${u.level}:${u.code}`)).toEqual(['erhvervshus:fyn']);
    expect(funen.ranks).toBeNull();
  });

  it('Region Syddanmark holds Funen and two erhvervshus areas', () => {
    expect(profile('region', '1083').relations.contains.map((u) => `${u.level}:${u.code}`)).toEqual([
      'erhvervshus:fyn',
      'erhvervshus:sydjylland',
      'funen:fyn',
    ]);
  });
});

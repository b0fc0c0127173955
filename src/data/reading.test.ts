/**
 * The reading of the note, pinned: every presence the note states with its status, kind and precision,
 * and nothing it does not state. A change here is a change of interpretation and needs a reason.
 */
import { describe, expect, it } from 'vitest';
import { datasetSchema, type PresenceStatus } from '@/model/dataset-schema';
import { datasetJson, NOTE } from '@/testing/test-files';

/** Fails the test instead of asserting non-null. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const dataset = datasetSchema.parse(datasetJson());
const row = (id: string) => {
  const p = must(dataset.presences.find((x) => x.id === id));
  return [p.place, p.status, p.kind, p.precision, p.basis.type].join(' | ');
};

describe('presences', () => {
  it('are exactly the ones the note states, plus two head offices inferred from names', () => {
    expect(Object.fromEntries(dataset.presences.map((p) => [p.id, row(p.id)]))).toEqual({
      'clean--roskilde': 'Roskilde | established | office | city | stated',
      'clean--sjaelland': 'Sjælland | in-progress | effort | area | stated',
      'food-bio-cluster-denmark--vojens': 'Vojens | established | office | city | stated',
      'food-bio-cluster-denmark--slagelse': 'Slagelse | opening | office | city | stated',
      'marlog--sjaelland': 'Sjælland | in-progress | presence | area | stated',
      'we-build-denmark--albertslund': 'Albertslund | established | office | city | stated',
      'we-build-denmark--odense': 'Odense | established | office | city | stated',
      'we-build-denmark--naestved': 'Næstved | established | office | city | stated',
      'we-build-denmark--aalborg': 'Aalborg | established | office | city | stated',
      'we-build-denmark--midtjylland': 'Midtjylland | in-progress | presence | area | stated',
      'digitallead--ruc': 'RUC | in-progress | partnership | city | stated',
      'digitallead--sjaelland': 'Sjælland | in-progress | effort | area | stated',
      'digitallead--hovedstaden': 'Hovedstaden | in-progress | effort | area | stated',
      'copenhagen-fintech--copenhagen': 'Copenhagen | established | head-office | city | inferred',
      'odense-robotics--odense': 'Odense | established | head-office | city | inferred',
      'odense-robotics--soenderborg': 'Sønderborg | established | department | city | stated',
      'odense-robotics--aarhus': 'Aarhus | established | department | city | stated',
      'odense-robotics--aalborg': 'Aalborg | established | department | city | stated',
      'odense-robotics--koebenhavn': 'København | established | department | city | stated',
      'odense-robotics--sjaelland': 'Sjælland | considering | presence | area | stated',
      'odense-robotics--femern-baelt-projektet':
        'Femern Bælt-projektet | considering | presence | area | stated',
      'vision-denmark--viborg': 'Viborg | planned | office | city | stated',
      'vision-denmark--aarhus': 'Aarhus | planned | office | city | stated',
      'vision-denmark--koebenhavn': 'København | planned | office | city | stated',
      'vision-denmark--fyn': 'Fyn | planned | office | area | stated',
    });
  });

  it('take their status from the verb in their own quote', () => {
    const verbs: Record<PresenceStatus, RegExp> = {
      established:
        /har (allerede )?etableret kontorer i|åbnet kontor i|oprettet afdelinger i|et nyt kontor i/,
      opening: /snarlig åbning af et kontor i/,
      'in-progress': /arbejder (nu |aktuelt |klyngen )?på/,
      planned: /har klyngen fokus på at etablere kontorer i/,
      considering: /overvejer muligheder for tilstedeværelse/,
      closed: /konkurs|lukket/,
    };
    for (const p of dataset.presences.filter((x) => x.basis.type === 'stated')) {
      expect(p.quote, p.id).toMatch(verbs[p.status]);
    }
  });

  it('infer nothing but the two head offices implied by a cluster name, each with a reason', () => {
    const inferred = dataset.presences.filter((p) => p.basis.type === 'inferred');
    expect(inferred.map((p) => p.id)).toEqual(['copenhagen-fintech--copenhagen', 'odense-robotics--odense']);
    for (const p of inferred) {
      expect(p.kind).toBe('head-office');
      expect(p.basis.type === 'inferred' && p.basis.reason.en).toMatch(/name/);
    }
    const inferredLinks = dataset.presences.filter((p) => p.placeLink.inferred).map((p) => p.id);
    expect(inferredLinks).toEqual(['odense-robotics--femern-baelt-projektet']);
  });

  it('read DigitalLead’s closer cooperation with RUC as a partnership at Roskilde and an effort in each region it aims at', () => {
    // "et tættere samarbejde med RUC for at styrke tilgængeligheden for virksomheder og andre aktører på
    // Sjælland og i Hovedstaden": the partner sits in Roskilde; the firms it is for are in two regions, read
    // as CLEAN's "klyngeindsats på Sjælland" is. So DigitalLead is announced in Region Hovedstaden too.
    const digitallead = dataset.presences.filter((p) => p.clusterId === 'digitallead');
    expect(new Set(digitallead.map((p) => p.quote)).size).toBe(1);
    expect(digitallead.map((p) => [p.place, p.precision, p.area?.code ?? p.municipality?.name])).toEqual([
      ['RUC', 'city', 'Roskilde'],
      ['Sjælland', 'area', '1085'],
      ['Hovedstaden', 'area', '1084'],
    ]);
  });

  it('leave clusters the note gives no place for without a presence', () => {
    const withPresence = new Set(dataset.presences.map((p) => p.clusterId));
    const without = dataset.clusters.filter((c) => !withPresence.has(c.id)).map((c) => c.id);
    expect(without).toEqual([
      'energy-cluster-denmark',
      'danish-life-science-cluster',
      'lifestyle-design-cluster',
      'made',
      'censec',
      'danish-sound-cluster',
    ]);
  });
});

describe('cluster facts', () => {
  const cluster = (id: string) => must(dataset.clusters.find((c) => c.id === id));

  it("count Energy Cluster Denmark's six unnamed secretariat locations without placing them", () => {
    expect(cluster('energy-cluster-denmark').unnamedLocations).toMatchObject({
      count: 6,
      text: 'seks lokationer',
    });
    expect(dataset.clusters.filter((c) => c.unnamedLocations).map((c) => c.id)).toEqual([
      'energy-cluster-denmark',
    ]);
  });

  it('keep the key figures with the note’s qualifiers', () => {
    const figures = Object.fromEntries(
      dataset.clusters.flatMap((c) =>
        c.keyFigures.map((k) => [`${c.id}/${k.id}`, [k.approx, k.value, k.unit]]),
      ),
    );
    expect(figures).toMatchObject({
      'energy-cluster-denmark/innovation-projects': ['over', 60, 'count'],
      'energy-cluster-denmark/eudp-applications': ['over', 1e9, 'DKK'],
      'energy-cluster-denmark/eudp-participants': ['nearly', 100, 'count'],
      'energy-cluster-denmark/project-portfolio': ['nearly', 1e9, 'DKK'],
      'energy-cluster-denmark/green-deal-budget': ['exact', 4e8, 'DKK'],
      'energy-cluster-denmark/knowledge-institution-agreements': ['exact', 14, 'count'],
      'clean/new-members': ['about', 90, 'count'],
      'marlog/merged-organisations': ['exact', 3, 'count'],
      'we-build-denmark/knowledge-partners': ['exact', 16, 'count'],
      'vision-denmark/members': ['about', 100, 'count'],
    });
  });

  it('date the consolidation milestones', () => {
    const dates = dataset.clusters.flatMap((c) =>
      c.consolidation.dates.map((d) => `${c.id} ${d.event} ${d.date}${d.expected ? ' (expected)' : ''}`),
    );
    expect(dates).toEqual([
      'energy-cluster-denmark established 2020-07-01',
      'food-bio-cluster-denmark established 2020-06-01',
      'danish-life-science-cluster action-plan-approved 2021-06',
      'danish-life-science-cluster consolidation-completed 2021-10-01',
      'danish-life-science-cluster strategy-published 2022 (expected)',
      'we-build-denmark established 2021-01-01',
    ]);
  });

  it('say how each cluster was consolidated, or leave it unknown', () => {
    expect(Object.fromEntries(dataset.clusters.map((c) => [c.id, c.consolidation.kind]))).toEqual({
      'energy-cluster-denmark': 'new-organisation',
      clean: 'split',
      'food-bio-cluster-denmark': 'new-organisation',
      marlog: 'merged',
      'danish-life-science-cluster': 'later',
      'we-build-denmark': 'new-organisation',
      'lifestyle-design-cluster': 'kept',
      made: 'kept',
      digitallead: null,
      'copenhagen-fintech': 'kept',
      'odense-robotics': 'consolidated',
      'vision-denmark': null,
      censec: 'kept',
      'danish-sound-cluster': 'new-organisation',
    });
  });

  it('mark merged organisations as incomplete wherever the note speaks of a consolidation and names none or some', () => {
    // Food & Bio: "Siden konsolideringen" names no organisation; Odense Robotics and Danish Sound: "fuldt
    // konsolideret"; MARLOG: "en fusion af tre klyngeorganisationer"; Life Science: "bl.a. Welfare Tech".
    const incomplete = dataset.clusters.filter((c) => c.consolidation.mergedInIncomplete).map((c) => c.id);
    expect(incomplete).toEqual([
      'food-bio-cluster-denmark',
      'marlog',
      'danish-life-science-cluster',
      'odense-robotics',
      'danish-sound-cluster',
    ]);
    const sectionOf = (id: string) => {
      const heading = cluster(id).heading;
      const start = NOTE.indexOf(heading);
      const next = dataset.clusters[dataset.clusters.findIndex((c) => c.id === id) + 1]?.heading;
      return NOTE.slice(start, next ? NOTE.indexOf(next) : undefined);
    };
    for (const c of dataset.clusters) {
      const section = sectionOf(c.id);
      const merged =
        /konsolideringen|konsolideret|fusion af/.test(section) &&
        !/ikke (været )?(i)?gennem en konsolidering|ikke er foretaget en konsolidering/.test(section);
      if (merged && c.consolidation.mergedIn.length === 0)
        expect(c.consolidation.mergedInIncomplete, c.id).toBe(true);
    }
  });

  it('record collaborations between clusters by id, not as presences', () => {
    const links = dataset.clusters.flatMap((c) =>
      c.collaborations.filter((k) => k.clusterId).map((k) => `${c.id} → ${k.clusterId}`),
    );
    expect(links).toEqual([
      'energy-cluster-denmark → digitallead',
      'marlog → energy-cluster-denmark',
      'we-build-denmark → digitallead',
      'we-build-denmark → odense-robotics',
      'odense-robotics → we-build-denmark',
      'odense-robotics → made',
    ]);
    const houses = cluster('lifestyle-design-cluster')
      .collaborations.map((k) => k.erhvervshusCode)
      .filter(Boolean);
    expect(houses).toEqual(['midtjylland', 'hovedstaden']);
  });
});

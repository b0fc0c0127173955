/**
 * The reading of the research notes (geo/research/facts-beyond-the-note.md), pinned: every observation
 * with its presence, place, kind, status and date, and every judgement call made on the notes, each with
 * its reason. A change here is a change of interpretation and needs one.
 */
import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../lib/geocode/gazetteer';
import { foldKey } from '../lib/text/fold';
import { datasetSchema, historySchema, type Observation } from '@/model/dataset-schema';
import { gazetteerFileSchema } from '@/model/gazetteer-schema';
import { datasetJson, FACTS_RESEARCH, historyJson } from '@/testing/test-files';
import { readFileSync } from 'node:fs';

const dataset = datasetSchema.parse(datasetJson());
const history = historySchema.parse(historyJson());
const observation = (id: string): Observation => {
  const found = history.observations.find((o) => o.id === id);
  if (!found) throw new Error(`no observation ${id}`);
  return found;
};
const fact = (id: string) => {
  const found = history.facts.find((f) => f.id === id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};
const row = (o: Observation) =>
  [o.presence, o.place, o.kind, o.status, o.date ?? 'undated', o.datePrecision].join(' | ');

describe('observations', () => {
  it('are exactly these, in the notes’ order', () => {
    expect(Object.fromEntries(history.observations.map((o) => [o.id, row(o)]))).toEqual({
      'e01-aalborg': 'energy-cluster-denmark--aalborg | Aalborg | head-office | planned | 2020-06-26 | day',
      'e01-esbjerg': 'energy-cluster-denmark--esbjerg | Esbjerg | office | planned | 2020-06-26 | day',
      'e01-aarhus': 'energy-cluster-denmark--aarhus | Aarhus | office | planned | 2020-06-26 | day',
      'e01-soenderborg':
        'energy-cluster-denmark--soenderborg | Sønderborg | office | planned | 2020-06-26 | day',
      'e01-copenhagen':
        'energy-cluster-denmark--copenhagen | Copenhagen | office | planned | 2020-06-26 | day',
      'e01-fredericia':
        'energy-cluster-denmark--fredericia | Fredericia | office | planned | 2020-06-26 | day',
      'e02-aalborg': 'energy-cluster-denmark--aalborg | Aalborg | head-office | planned | 2020-06 | month',
      'e05-soenderborg':
        'energy-cluster-denmark--soenderborg | Sønderborg | presence | established | 2020-07-01 | day',
      'e04-aalborg': 'energy-cluster-denmark--aalborg | Aalborg | head-office | planned | 2020-10-08 | day',
      'e04-esbjerg': 'energy-cluster-denmark--esbjerg | Esbjerg | office | established | 2020-10-08 | day',
      'e04-soenderborg':
        'energy-cluster-denmark--soenderborg | Sønderborg | presence | planned | 2020-10-08 | day',
      'e04-fredericia':
        'energy-cluster-denmark--fredericia | Fredericia | presence | planned | 2020-10-08 | day',
      'e06-fredericia':
        'energy-cluster-denmark--fredericia | Fredericia | office | established | 2020 | year',
      'e07-vordingborg':
        'energy-cluster-denmark--vordingborg | Vordingborg | office | established | 2022-03-17 | day',
      'e05-clean-soenderborg': 'clean--soenderborg | Sønderborg | presence | established | 2020-07-01 | day',
      'c01-soenderborg': 'clean--soenderborg | Sønderborg | head-office | planned | 2020-10-08 | day',
      'c01-esbjerg': 'clean--esbjerg | Esbjerg | presence | planned | 2020-10-08 | day',
      'c01-middelfart': 'clean--middelfart | Middelfart | presence | planned | 2020-10-08 | day',
      'c03-roskilde': 'clean--roskilde | Roskild[…] | office | established | 2021-12-16 | day',
      'p03-food-bio-aarhus':
        'food-bio-cluster-denmark--aarhus | Aarhus | head-office | planned | 2020-10 | month',
      'f02-agro-food-park':
        'food-bio-cluster-denmark--agro-food-park | Agro Food Park | head-office | established | 2020-summer | season',
      'f03-aarhus':
        'food-bio-cluster-denmark--aarhus | Aarhus | head-office | established | 2020-12-16 | day',
      'f03-copenhagen':
        'food-bio-cluster-denmark--copenhagen | Copenhagen | presence | established | 2020-12-16 | day',
      'm02-koebenhavn': 'marlog--koebenhavn | København | head-office | planned | 2020-06-23 | day',
      'm02-frederikshavn': 'marlog--frederikshavn | Frederikshavn | department | planned | 2020-06-23 | day',
      'm02-svendborg': 'marlog--svendborg | Svendborg | department | planned | 2020-06-23 | day',
      'm03-koebenhavn': 'marlog--koebenhavn | København | department | established | 2020-10-02 | day',
      'm03-frederikshavn':
        'marlog--frederikshavn | Frederikshavn | department | established | 2020-10-02 | day',
      'm03-svendborg': 'marlog--svendborg | Svendborg | department | established | 2020-10-02 | day',
      'm03-esbjerg': 'marlog--esbjerg | Esbjerg | department | established | 2020-10-02 | day',
      'm03-roenne': 'marlog--roenne | Rønne | department | established | 2020-10-02 | day',
      'm04-bornholm': 'marlog--bornholm | Bornholm | presence | established | 2020 | year',
      'm06-fredericia': 'marlog--fredericia | Fredericia | office | established | 2021 | year',
      'd01-koebenhavn':
        'danish-life-science-cluster--koebenhavn | Köpenhamn | head-office | planned | 2020-09 | month',
      'd01-aarhus': 'danish-life-science-cluster--aarhus | Aarhus | presence | planned | 2020-09 | month',
      'd01-odense': 'danish-life-science-cluster--odense | Odense | presence | planned | 2020-09 | month',
      'd01-aalborg': 'danish-life-science-cluster--aalborg | Aalborg | presence | planned | 2020-09 | month',
      'd04-koebenhavn':
        'danish-life-science-cluster--koebenhavn | Copenhagen | office | established | 2021-06-17 | day',
      'd04-aarhus': 'danish-life-science-cluster--aarhus | Aarhus | office | established | 2021-06-17 | day',
      'd04-odense': 'danish-life-science-cluster--odense | Odense | office | established | 2021-06-17 | day',
      'd04-aalborg':
        'danish-life-science-cluster--aalborg | Aalborg | office | established | 2021-06-17 | day',
      'd04-region-sjaelland':
        'danish-life-science-cluster--region-sjaelland | Region Zealand | office | established | 2021-06-17 | day',
      'd02-koebenhavn':
        'danish-life-science-cluster--koebenhavn | København | head-office | planned | undated | undated',
      'd02-aalborg': 'danish-life-science-cluster--aalborg | Aalborg | office | planned | undated | undated',
      'd02-aarhus': 'danish-life-science-cluster--aarhus | Aarhus | office | planned | undated | undated',
      'd02-odense': 'danish-life-science-cluster--odense | Odense | office | planned | undated | undated',
      'd02-region-sjaelland':
        'danish-life-science-cluster--region-sjaelland | Region Sjælland | office | planned | undated | undated',
      'd05-kalundborg':
        'danish-life-science-cluster--kalundborg | Kalundborg | department | planned | undated | undated',
      'w01-albertslund':
        'we-build-denmark--albertslund | Albertslund | head-office | established | 2021-02-10 | day',
      'w02-albertslund':
        'we-build-denmark--albertslund | Albertslund | office | established | 2021-03 | month',
      'w02-aalborg': 'we-build-denmark--aalborg | Aalborg | office | established | 2021-03 | month',
      'w02-odense': 'we-build-denmark--odense | Odense | office | established | 2021-03 | month',
      'w02-naestved': 'we-build-denmark--naestved | Næstved | office | established | 2021-03 | month',
      'w03-maglemoelle':
        'we-build-denmark--maglemoelle | Maglemølle | office | established | 2021-05-28 | day',
      'w04-naestved': 'we-build-denmark--naestved | Næstved | partnership | established | 2021-11-11 | day',
      'w05-campus-odense':
        'we-build-denmark--campus-odense | Campus Odense | office | established | undated | undated',
      'l01-herning':
        'lifestyle-design-cluster--herning | Herning | head-office | established | 2020-10-02 | day',
      'l02-birk-centerpark':
        'lifestyle-design-cluster--birk-centerpark | Birk Centerpark | office | established | 2020-10-05 | day',
      'p03-digitallead-aarhus': 'digitallead--aarhus | Aarhus | head-office | planned | 2020-10 | month',
      'dl01-aarhus': 'digitallead--aarhus | Aarhus | head-office | planned | 2020-10 | month',
      'or01-aalborg': 'odense-robotics--aalborg | Aalborg | presence | planned | 2020-10 | month',
      'or01-aarhus': 'odense-robotics--aarhus | Aarhus | presence | planned | 2020-10 | month',
      'or01-odense': 'odense-robotics--odense | Odense | presence | planned | 2020-10 | month',
      'or01-soenderborg': 'odense-robotics--soenderborg | Sønderborg | presence | planned | 2020-10 | month',
      'or01-koebenhavn': 'odense-robotics--koebenhavn | København | presence | planned | 2020-10 | month',
      'or03-odense': 'odense-robotics--odense | Odense | head-office | planned | 2020-10 | month',
      'or02-aalborg': 'odense-robotics--aalborg | Aalborg | department | planned | 2020 | year',
      'or02-aarhus': 'odense-robotics--aarhus | Aarhus | department | planned | 2020 | year',
      'or02-koebenhavn': 'odense-robotics--koebenhavn | København | department | planned | 2020 | year',
      'or02-soenderborg': 'odense-robotics--soenderborg | Sønderborg | department | planned | 2020 | year',
      'or02-odense': 'odense-robotics--odense | Odense | head-office | planned | 2020 | year',
      'v02-viborg': 'vision-denmark--viborg | Viborg | effort | established | undated | undated',
      'v02-aarhus': 'vision-denmark--aarhus | Aarhus | effort | established | undated | undated',
      'v02-koebenhavn': 'vision-denmark--koebenhavn | Copenhagen | effort | established | undated | undated',
      'ds02-struer': 'danish-sound-cluster--struer | Struer | head-office | planned | 2020 | year',
    });
  });

  it('take "established" only from a verb of being there, "planned" from a future, per quote', () => {
    const verbs = {
      established:
        /har (fået )?hovedkvarter|har hovedsæde|has its head office|headquartered|operates|has offices|med kontor|knudepunkter|bevare sin nuværende position|vil der fortsat være|fortsat med repræsentation|etablerede kontor|fast base|new location|klyngekontor|slået dørene op|filialer|indvier|i samarbejde med|Fra deres kontor|take place/,
      planned:
        /will|får|efter planen|kommer(?: \S+){0,3} til at|etableres|vil blive etableret|vil have|deles imellem|samles|kommer också|med henblik på at etablere|snart bliver|regionale hubs/,
    } as const;
    for (const o of history.observations) {
      const verb = verbs[o.status as keyof typeof verbs];
      expect(verb, `${o.id}: ${o.status}`).toBeDefined();
      expect(o.quote, o.id).toMatch(verb);
    }
  });
});

describe('judgement calls on the research notes', () => {
  it('"Agro Food Park" and "Aarhus" are two presences: the sources do not say they are one office', () => {
    expect(observation('f02-agro-food-park').presence).not.toBe(observation('f03-aarhus').presence);
    const link = observation('f02-agro-food-park').placeLink;
    expect([link.kind, link.gazetteerName, link.inferred]).toEqual(['site', 'Århus', true]);
    expect(link.reason?.en).toMatch(/Skejby in Aarhus Municipality/);
  });

  it('a named site is its own presence at its town, through an inferred site alias; a spelling is the same presence', () => {
    const sites = history.observations.filter((o) => o.placeLink.kind === 'site');
    expect(sites.map((o) => [o.place, o.placeLink.gazetteerName, o.placeLink.inferred])).toEqual([
      ['Agro Food Park', 'Århus', true],
      ['Maglemølle', 'Næstved', true],
      ['Campus Odense', 'Odense', true],
      ['Birk Centerpark', 'Herning', true],
    ]);
    for (const o of sites) expect(o.presence).toMatch(new RegExp(`--${o.presence.split('--')[1]}$`));
    const spellings = history.observations.filter((o) => o.placeLink.kind === 'spelling').map((o) => o.place);
    expect(new Set(spellings)).toEqual(new Set(['Köpenhamn', 'Aarhus', 'København']));
    expect(observation('d01-koebenhavn').presence).toBe(observation('d04-koebenhavn').presence);
  });

  it('"Region Zealand" and "Region Sjælland" are the region as an area, never a pin', () => {
    for (const id of ['d04-region-sjaelland', 'd02-region-sjaelland']) {
      const o = observation(id);
      expect([o.precision, o.placeLink.kind, o.placeLink.inferred]).toEqual(['area', 'area-name', false]);
    }
    const p = history.presences.find((x) => x.id === 'danish-life-science-cluster--region-sjaelland');
    expect([p?.point, p?.area?.code, p?.region?.code]).toEqual([null, '1085', '1085']);
  });

  it('"hovedstadsområdet" has no boundary on the map: an unplaced fact, not an area or a pin', () => {
    expect(fact('ds02-capital-area')).toMatchObject({ topic: 'unplaced', clusterId: 'danish-sound-cluster' });
    expect(history.observations.some((o) => o.place.includes('hovedstadsområde'))).toBe(false);
  });

  it('"Roskild[…]" is CLEAN’s Roskilde, through an inferred alias for a word the page cuts off', () => {
    const o = observation('c03-roskilde');
    expect([o.presence, o.placeLink.kind, o.placeLink.inferred]).toEqual([
      'clean--roskilde',
      'truncated',
      true,
    ]);
    const gazetteer = JSON.parse(
      readFileSync(new URL('../../public/data/gazetteer.json', import.meta.url), 'utf8'),
    );
    const towns = gazetteerFileSchema
      .parse(gazetteer)
      .places.filter((p) => foldKey(p.name).startsWith('roskild'));
    expect(towns.map((t) => t.name)).toEqual(['Roskilde']);
    expect(createGazetteer([]).find('Roskild[…]')).toEqual([]);
  });

  it('quotes in English and Swedish are kept as written, with a translation (sv: Danish and English)', () => {
    const language = new Map([...dataset.sources, ...history.sources].map((s) => [s.id, s.language]));
    const foreign = [...history.observations, ...history.facts].filter(
      (r) => language.get(r.source) !== 'da',
    );
    expect(foreign.length).toBeGreaterThan(15);
    for (const r of foreign) {
      expect(r.translation?.da, r.id).toBeTruthy();
      if (language.get(r.source) === 'sv') expect(r.translation?.en, r.id).toBeTruthy();
      expect(r.translation?.da, r.id).not.toBe(r.quote);
    }
    expect([...language.values()].filter((l) => l === 'sv')).toHaveLength(1);
  });

  it('a hub or a node is a department, as the note’s "afdelinger"', () => {
    for (const id of ['m03-roenne', 'or02-aarhus', 'd05-kalundborg'])
      expect(observation(id).kind, id).toBe('department');
    expect(observation('or02-aarhus').quote).toMatch(/regionale hubs/);
    expect(observation('m03-roenne').quote).toMatch(/knudepunkter/);
  });

  it('the business areas in a programme sentence name the clusters that hold them', () => {
    expect(observation('p03-food-bio-aarhus').quote).toMatch(
      /hovedsæder for to centrale erhvervsklynger: Fødevarer og Bioressourcer og Digitale Teknologier/,
    );
    expect(observation('p03-digitallead-aarhus').quote).toBe(observation('p03-food-bio-aarhus').quote);
    const areas = new Map(dataset.clusters.map((c) => [c.id, c.businessArea.da]));
    expect(areas.get('food-bio-cluster-denmark')).toBe('Fødevarer og bioressourcer');
    expect(areas.get('digitallead')).toBe('Digitale teknologier');
  });

  it('what no quote places in a town stays without a pin and is listed as such', () => {
    const unplaced = history.facts.filter((f) => f.topic === 'unplaced').map((f) => `${f.clusterId} ${f.id}`);
    expect(unplaced).toEqual([
      'food-bio-cluster-denmark f05',
      'made ma01',
      'censec cs01',
      'vision-denmark v01',
      'danish-life-science-cluster d03',
      'danish-sound-cluster ds01',
      'danish-sound-cluster ds02-capital-area',
      'energy-cluster-denmark e03',
      'lifestyle-design-cluster l03',
    ]);
    // The livsstilshus: only the page's address names Aarhus; its quotes name no town.
    expect(fact('l03').quote).not.toMatch(/Aarhus/);
    // Staff "i Region Syddanmark" is a distribution of people, not an office there.
    expect(fact('e03').quote).toMatch(/70 procent af de 40 medarbejdere/);
  });

  it('competing bids for a branch office are context, not the cluster’s presences', () => {
    expect([fact('f04-anneberg').topic, fact('f04-slagelse').topic]).toEqual(['context', 'context']);
  });

  it('an undated page is dated only by its text, with the reason; the rest stay undated', () => {
    const undatedSources = new Set(
      history.sources.filter((s) => s.published.precision === 'undated').map((s) => s.id),
    );
    const records = [...history.observations, ...history.facts].filter((r) => undatedSources.has(r.source));
    const datedByText = records.filter((r) => r.datePrecision !== 'undated');
    for (const r of datedByText) expect(r.dateReason?.en, r.id).toBeTruthy();
    expect(new Set(records.filter((r) => r.datePrecision === 'undated').map((r) => r.ref))).toEqual(
      new Set(['E08', 'Z4', 'F01', 'Z5', 'W05', 'M01', 'D02', 'D05', 'L03', 'V02', 'DS03', 'P15', 'P16']),
    );
  });

  it('MARLOG’s bankruptcy closes the cluster, dated by each report', () => {
    const closures = history.facts.filter((f) => f.topic === 'closure');
    expect(closures.map((f) => [f.id, f.clusterId, f.date])).toEqual([
      ['m08', 'marlog', '2022-04-20'],
      ['m09', 'marlog', '2022-04'],
    ]);
  });

  it('uses every dated entry of the notes, and none of the background before the programme', () => {
    const entries = [...FACTS_RESEARCH.matchAll(/^### (\S+)/gm)].map((m) => m[1] as string);
    const used = new Set([...history.observations, ...history.facts].map((r) => r.ref));
    const background = entries.filter((id) => id.endsWith('-bg'));
    expect(background).toEqual(['C-bg', 'L-bg']);
    expect(entries.filter((id) => !background.includes(id) && !used.has(id))).toEqual([]);
    expect(history.facts.some((f) => /rapidus|docstoc|projectzero|bluegarden/.test(f.source))).toBe(false);
  });

  it('shows every conflict of section Z with the facts on each side', () => {
    expect(history.conflicts.map((c) => [c.ref, c.id, c.items.length])).toEqual([
      ['Z1', 'cluster-count-2022', 6],
      ['Z2', 'cluster-count-2025', 8],
      ['Z3', 'marlog-geography', 14],
      ['Z4', 'energy-cluster-merger', 9],
      ['Z5', 'food-bio-formation', 7],
      ['Z6', 'we-build-head-office', 3],
      ['Z7', 'region-sjaelland', 11],
    ]);
  });
});

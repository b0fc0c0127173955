import { describe, expect, it } from 'vitest';
import type { Presence } from '@/model/schema';
import { analyseCoverage } from '@/lib/coverage/analyse';
import { geography, population } from '@/testing/coverage-fixtures';
import { facetPresences } from '@/lib/filter/faceted-presences';
import { EMPTY_FILTERS, type Filters } from '@/model/filters';
import { filterFaceted } from '@/lib/filter/match';
import { createMunicipalityLookup } from '@/lib/filter/municipality-lookup';
import { baseMap, dataset } from '@/testing/presence-fixtures';
import type { ActiveFilter } from './active-filter';
import { describeView, type ViewInput } from './describe-view';
import { words } from '@/testing/describe-words';

/** The visible presences exactly as the app's hook computes them (src/data/use-visible-presences.ts). */
const faceted = facetPresences(
  dataset.presences,
  dataset.clusters,
  createMunicipalityLookup(baseMap.municipalities.features.map((f) => f.properties)),
);
const visible = (selection: Partial<Filters>): Presence[] =>
  filterFaceted(faceted, { ...EMPTY_FILTERS, ...selection });

const basis = { sources: dataset.sources, asOf: null };

function presencesView(
  selection: Partial<Filters> = {},
  filters: ActiveFilter[] = [],
  selected: { cluster?: string; presence?: string } = {},
): Extract<ViewInput, { view: 'presences' }> {
  return {
    view: 'presences',
    clusters: dataset.clusters,
    shown: visible(selection),
    all: dataset.presences,
    filters,
    selectedClusterId: selected.cluster ?? null,
    selectedPresenceId: selected.presence ?? null,
    basis,
  };
}

describe('describeView: presences', () => {
  it('with every source at a date: the clusters no source places by then, and the chosen date', () => {
    const da = describeView(
      { ...presencesView(), basis: { sources: dataset.sources, asOf: '2021-12-31' } },
      words('da'),
    );
    expect(da.text).toContain('Uden placering i nogen kilde pr. den valgte dato: Energy Cluster Denmark,');
    expect(da.text).not.toContain('Uden placering i notatet');
    expect(da.date).toBe('Status: 31. december 2021');
  });

  it('no filter: every presence, cluster by cluster in the list order, the unlocated clusters, date and source', () => {
    const da = describeView(presencesView(), words('da'));
    expect(da.text).toBe(
      'Kortet viser alle 25 tilstedeværelser: ' +
        'CLEAN – etableret i Roskilde; under etablering på Sjælland. ' +
        'Food & Bio Cluster Denmark – etableret i Vojens (Haderslev); åbner snart i Slagelse. ' +
        'Maritime & Logistics Innovation Denmark – under etablering på Sjælland. ' +
        'We Build Denmark – etableret i Albertslund, Næstved, Odense og Aalborg; under etablering i Midtjylland. ' +
        'DigitalLead – under etablering i Hovedstaden, RUC (Roskilde) og på Sjælland. ' +
        'Copenhagen FinTech – etableret i Copenhagen (København, udledt). ' +
        // Places in the list's order: Danish sorts "Aa" as "Å", last.
        'Odense Robotics – etableret i København, Odense (udledt), Sønderborg, Aalborg og Aarhus; ' +
        'overvejes i relation til Femern Bælt-projektet (Lolland) og på Sjælland. ' +
        'Vision Denmark – planlagt på Fyn, i København, Viborg og Aarhus. ' +
        'Uden placering i notatet: Energy Cluster Denmark, Danish Life Science Cluster, Lifestyle & Design Cluster, MADE, CenSec og Danish Sound Cluster. ' +
        'Status: efterår 2021. ' +
        'Kilde: Erhvervsstyrelsen, for Danmarks Erhvervsfremmebestyrelse: »Bilag 6.2: Status på klyngernes konsolidering og aktiviteter« (efterår 2021).',
    );
    expect(da.title).toBe(
      'Klyngernes tilstedeværelse: 25 af 25 · Status: efterår 2021 · Kilde: Erhvervsstyrelsen, Bilag 6.2',
    );
    const en = describeView(presencesView(), words('en'));
    expect(en.text).toContain(
      'The map shows all 25 presences: CLEAN – established in Roskilde; in progress on Sjælland. ',
    );
    expect(en.text).toContain(
      'Odense Robotics – established in Aalborg, Aarhus, København, Odense (inferred) and Sønderborg; ' +
        'under consideration in relation to Femern Bælt-projektet (Lolland) and on Sjælland. ',
    );
    expect(en.text).toContain('Vision Denmark – planned in Aarhus, on Fyn, in København and Viborg. ');
    expect(en.text).toMatch(
      /Status: autumn 2021\. Source: Erhvervsstyrelsen, for Danmarks Erhvervsfremmebestyrelse: “Bilag 6\.2: Status på klyngernes konsolidering og aktiviteter” \(autumn 2021\)\.$/,
    );
    expect(en.title).toBe(
      'Cluster presence: 25 of 25 · Status: autumn 2021 · Source: Erhvervsstyrelsen, Bilag 6.2',
    );
  });

  it('one business area: the issue’s example, with the filter named', () => {
    const filter = {
      key: 'businessAreas',
      facet: 'Forretningsområde',
      values: ['Byggeri og anlæg'],
    } as const;
    const da = describeView(presencesView({ businessAreas: ['construction'] }, [filter]), words('da'));
    expect(da.text).toBe(
      'Kortet viser 5 af 25 tilstedeværelser: We Build Denmark – etableret i Albertslund, Næstved, Odense og Aalborg; ' +
        'under etablering i Midtjylland. Filtre: Forretningsområde: Byggeri og anlæg. Status: efterår 2021. ' +
        'Kilde: Erhvervsstyrelsen, for Danmarks Erhvervsfremmebestyrelse: »Bilag 6.2: Status på klyngernes konsolidering og aktiviteter« (efterår 2021).',
    );
    expect(da.what).toBe('Klyngernes tilstedeværelse – Byggeri og anlæg: 5 af 25');
    const filterEn = { key: 'businessAreas', facet: 'Business area', values: ['Construction'] } as const;
    const en = describeView(presencesView({ businessAreas: ['construction'] }, [filterEn]), words('en'));
    expect(en.text).toMatch(
      /^The map shows 5 of 25 presences: We Build Denmark – established in Aalborg, Albertslund, Næstved and Odense; in progress in Midtjylland\. Filters: Business area: Construction\. Status: autumn 2021\. /,
    );
  });

  it('a selected cluster and a selected presence are named', () => {
    const cluster = describeView(presencesView({}, [], { cluster: 'odense-robotics' }), words('da'));
    expect(cluster.text).toContain('. Fremhævet: Odense Robotics (7 på kortet). Uden placering');
    const presence = describeView(
      presencesView({}, [], { cluster: 'odense-robotics', presence: 'odense-robotics--soenderborg' }),
      words('en'),
    );
    expect(presence.text).toContain('. Selected: Sønderborg – Odense Robotics, established. No location');
  });

  it('nothing shown says so, and cites the primary source', () => {
    const filter = { key: 'clusters', facet: 'Klynge', values: ['CenSec'] } as const;
    const da = describeView(presencesView({ clusters: ['censec'] }, [filter]), words('da'));
    expect(da.text).toMatch(
      /^Kortet viser ingen af de 25 tilstedeværelser\. Filtre: Klynge: CenSec\. Status: efterår 2021\. Kilde: /,
    );
  });

  it('an imported presence is marked and its source named', () => {
    const own = {
      ...dataset.presences.find((p) => p.id === 'clean--roskilde'),
      id: 'user--clean--vejle',
      place: 'Vejle',
      quote: '',
      basis: { type: 'user', source: 'Årsrapport 2023' },
    } as Presence;
    const input = presencesView();
    const da = describeView({ ...input, shown: [own], all: [...dataset.presences, own] }, words('da'));
    expect(da.text).toContain('CLEAN – etableret i Vejle (Roskilde, eget datapunkt).');
    expect(da.text).toContain('Heraf 1 eget datapunkt, importeret i denne browser (kilde: Årsrapport 2023).');
  });
});

describe('describeView: coverage', () => {
  const coverage = (
    metric: 'clusters' | 'distance',
    level: 'region' | 'municipality',
    includeAnnounced = false,
  ): ViewInput => ({
    view: 'coverage',
    metric,
    level,
    includeAnnounced,
    analysis: analyseCoverage(
      { clusters: dataset.clusters, presences: dataset.presences },
      geography,
      population,
      {
        level,
        includeAnnounced,
        selection: EMPTY_FILTERS,
      },
    ),
    totalClusters: dataset.clusters.length,
    all: dataset.presences,
    filters: [],
    basis,
  });

  it('by region: the areas with most and fewest clusters', () => {
    const da = describeView(coverage('clusters', 'region'), words('da'));
    expect(da.text).toMatch(
      /^Kortet viser for hver region, hvor mange af de 14 klynger der er til stede\. Kun etablerede tilstedeværelser tæller\. /,
    );
    expect(da.text).toContain('Flest: Region Syddanmark og Region Hovedstaden (3 klynger hver).');
    expect(da.text).toContain('Færrest: Region Midtjylland (1 klynge).');
    expect(da.title).toBe(
      'Antal klynger pr. region (kun etablerede) · Status: efterår 2021 · Kilde: Erhvervsstyrelsen, Bilag 6.2',
    );
    const en = describeView(coverage('clusters', 'region'), words('en'));
    expect(en.text).toContain(
      'Most: Region of Southern Denmark and Capital Region of Denmark (3 clusters each).',
    );
    expect(en.text).toContain('Fewest: Central Denmark Region (1 cluster).');
  });

  it('by municipality, with the white spots counted and the first few named', () => {
    const da = describeView(coverage('clusters', 'municipality', true), words('da'));
    expect(da.text).toMatch(/Ingen talt klynge i \d+ af 98 kommuner: (\S+, ){3}\S+ og \d+ andre\./);
  });

  it('distance: the farthest municipalities and how many lie far', () => {
    const da = describeView(coverage('distance', 'region'), words('da'));
    expect(da.text).toMatch(
      /^Kortet viser afstanden i luftlinje fra hver af de 98 kommuner til nærmeste tilstedeværelse af de 14 klynger\. Kun etablerede tilstedeværelser tæller\. Længst fra nærmeste: Bornholm \(\d+ km\), /,
    );
    expect(da.text).toMatch(/ \d+ af 98 kommuner ligger over 50 km fra nærmeste\. Status/);
    const en = describeView(coverage('distance', 'region'), words('en'));
    expect(en.text).toMatch(/Farthest from the nearest: Bornholm \(\d+ km\), /);
  });
});

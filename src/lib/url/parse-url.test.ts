import { describe, expect, it } from 'vitest';
import { parseUrl } from './parse-url';
import { DEFAULT_URL_STATE } from './url-state';

describe('parseUrl', () => {
  it('reads the default view from an empty or missing query', () => {
    for (const search of ['', '?', '?&&', undefined, null, 42]) {
      expect(parseUrl(search)).toEqual({ state: DEFAULT_URL_STATE, dropped: [] });
    }
  });

  it('reads a full view', () => {
    const { state, dropped } = parseUrl(
      '?announced=1&basis=stated&business=robot-drone-technology,digital-technologies&clusters=marlog' +
        '&erhvervshus=fyn&fold=details,filters&lang=en&level=municipality&map=11.5,55.4,7.25&metric=distance' +
        '&presence=odense-robotics--sjaelland&reader=1&regions=sjaelland&status=considering,planned' +
        '&track=emerging&view=coverage&radius=25&area=municipality:0360&compare=region:1085,funen:fyn' +
        '&comparing=1&embed=1',
    );
    expect(dropped).toEqual([]);
    expect(state).toEqual({
      lang: 'en',
      view: 'coverage',
      filters: {
        businessAreas: ['digital-technologies', 'robot-drone-technology'],
        clusters: ['marlog'],
        statuses: ['planned', 'considering'],
        regions: ['1085'],
        erhvervshus: ['fyn'],
        tracks: ['emerging'],
        bases: ['stated'],
      },
      cluster: 'odense-robotics',
      presence: 'odense-robotics--sjaelland',
      camera: { longitude: 11.5, latitude: 55.4, zoom: 7.25 },
      coverageLevel: 'municipality',
      coverageMetric: 'distance',
      includeAnnounced: true,
      coverageRadius: 25,
      reader: true,
      sources: 'note',
      asOf: '2021-11-30',
      since: null,
      folded: ['filters', 'details'],
      area: { kind: 'municipality', code: '0360' },
      compare: [
        { kind: 'region', code: '1085' },
        { kind: 'funen', code: 'fyn' },
      ],
      compareOpen: true,
      embed: true,
    });
  });

  it('reads every source, a date and a comparison; drops a date or a comparison without every source', () => {
    expect(parseUrl('?sources=all&date=2022-06-01&since=2020-10-31')).toEqual({
      state: { ...DEFAULT_URL_STATE, sources: 'all', asOf: '2022-06-01', since: '2020-10-31' },
      dropped: [],
    });
    expect(parseUrl('?sources=ALL&date=LATEST').state).toMatchObject({ sources: 'all', asOf: 'latest' });
    expect(parseUrl('?date=2022-06-01&since=2020-10-31')).toEqual({
      state: DEFAULT_URL_STATE,
      dropped: [
        { param: 'date', value: '2022-06-01' },
        { param: 'since', value: '2020-10-31' },
      ],
    });
    expect(parseUrl('?sources=some&date=2022-02-30&since=latest').dropped).toEqual([
      { param: 'sources', value: 'some' },
      { param: 'date', value: '2022-02-30' },
      { param: 'since', value: 'latest' },
    ]);
  });

  it('keeps at most four distinct areas to compare, and no open table without them', () => {
    const { state, dropped } = parseUrl(
      '?compare=region:1081,region:1082,region:1081&compare=region:1083,region:1084,region:1085,town:x',
    );
    expect(state.compare.map((a) => a.code)).toEqual(['1081', '1082', '1083', '1084']);
    expect(dropped).toEqual([
      { param: 'compare', value: 'region:1085' },
      { param: 'compare', value: 'town:x' },
    ]);
    expect(parseUrl('?comparing=1')).toMatchObject({
      state: { compareOpen: false },
      dropped: [{ param: 'comparing', value: '1' }],
    });
    expect(parseUrl('?area=region:abc&radius=30').dropped).toEqual([
      { param: 'area', value: 'region:abc' },
      { param: 'radius', value: '30' },
    ]);
  });

  it('reads folded panels only from their vocabulary', () => {
    expect(parseUrl('?fold=details').state.folded).toEqual(['details']);
    expect(parseUrl('?fold=Details,%20filters,details').state.folded).toEqual(['filters', 'details']);
    for (const fold of ['left', 'filters,map', '', ',']) {
      const { state, dropped } = parseUrl(`?fold=${fold}`);
      expect(state.folded).toEqual([]);
      expect(dropped).toEqual([{ param: 'fold', value: fold }]);
    }
  });

  it('forgives case, spaces, repeats and region codes', () => {
    const { state, dropped } = parseUrl(
      '?status=Established&status=%20opening%20,,&regions=1085,SJAELLAND&VIEW=x',
    );
    expect(state.filters.statuses).toEqual(['established', 'opening']);
    expect(state.filters.regions).toEqual(['1085']);
    expect(dropped).toEqual([{ param: 'VIEW', value: 'x' }]);
  });

  it('drops unknown parameters and values, keeping the rest', () => {
    const { state, dropped } = parseUrl(
      '?business=energy-technology,nonsense&view=satellite&lang=fr&map=200,55,6&reader=maybe&utm_source=x',
    );
    expect(state.filters.businessAreas).toEqual(['energy-technology']);
    expect(state.view).toBe('presences');
    expect(state.lang).toBeNull();
    expect(state.camera).toBeNull();
    expect(state.reader).toBe(false);
    expect(dropped).toEqual([
      { param: 'business', value: 'nonsense' },
      { param: 'view', value: 'satellite' },
      { param: 'lang', value: 'fr' },
      { param: 'map', value: '200,55,6' },
      { param: 'reader', value: 'maybe' },
      { param: 'utm_source', value: 'x' },
    ]);
  });

  it('rejects malformed cameras', () => {
    for (const map of [
      '1,2',
      '1,2,3,4',
      'NaN,55,6',
      '1e1,55,6',
      '10,55,',
      'Infinity,55,6',
      '10,55,40',
      '10,-90,5',
    ]) {
      expect(parseUrl(`?map=${map}`).state.camera).toBeNull();
    }
  });

  it('takes the cluster from the presence and drops a cluster that disagrees', () => {
    const { state, dropped } = parseUrl('?cluster=marlog&presence=clean--roskilde');
    expect(state.cluster).toBe('clean');
    expect(dropped).toEqual([{ param: 'cluster', value: 'marlog' }]);
    expect(parseUrl('?presence=no-separator').state.presence).toBeNull();
  });

  it('keeps the first of a repeated single value', () => {
    const { state, dropped } = parseUrl('?view=coverage&view=presences');
    expect(state.view).toBe('coverage');
    expect(dropped).toEqual([{ param: 'view', value: 'presences' }]);
  });

  it('shortens what it reports', () => {
    const { dropped } = parseUrl(`?${'x'.repeat(100)}=${'y'.repeat(100)}`);
    expect(dropped[0]?.param).toHaveLength(40);
    expect(dropped[0]?.value.endsWith('…')).toBe(true);
  });

  it('ignores prototype names', () => {
    const { state, dropped } = parseUrl('?__proto__=1&constructor=x&toString=y');
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(dropped.map((d) => d.param)).toEqual(['__proto__', 'constructor', 'toString']);
  });
});

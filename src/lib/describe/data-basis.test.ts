import { describe, expect, it } from 'vitest';
import type { Presence } from '@/model/schema';
import { describeBasis, type BasisSource } from './data-basis';
import { words } from '@/testing/describe-words';

const note: BasisSource = {
  id: 'note',
  title: 'Bilag 6.2: Status',
  publisher: 'Erhvervsstyrelsen, for bestyrelsen',
  published: { date: '2021-autumn', precision: 'season' },
  primary: true,
};
const report: BasisSource = {
  id: 'report',
  title: 'Årsrapport 2022',
  publisher: 'We Build Denmark',
  published: { date: '2022-03-15', precision: 'day' },
  primary: false,
};
const fact = (source?: string) =>
  ({ basis: { type: 'stated' }, source }) as Pick<Presence, 'basis' | 'source'>;

describe('describeBasis', () => {
  it('cites the sources of the facts shown, dated by the newest', () => {
    const basis = describeBasis(
      { sources: [note, report], shown: [fact(), fact('report')], asOf: null },
      words('da'),
    );
    expect(basis.date).toBe('Status: 15. marts 2022');
    expect(basis.sources).toBe(
      'Kilder: Erhvervsstyrelsen, for bestyrelsen: »Bilag 6.2: Status« (efterår 2021); We Build Denmark: »Årsrapport 2022« (15. marts 2022).',
    );
    expect(basis.sourcesShort).toBe(
      'Kilder: Erhvervsstyrelsen, Bilag 6.2 og We Build Denmark, Årsrapport 2022',
    );
    expect(basis.imported).toBeNull();
  });

  it('names only the sources shown, the primary one when nothing is, and a given date', () => {
    const one = describeBasis({ sources: [note, report], shown: [fact()], asOf: null }, words('en'));
    expect(one.sources).toBe(
      'Source: Erhvervsstyrelsen, for bestyrelsen: “Bilag 6.2: Status” (autumn 2021).',
    );
    const none = describeBasis({ sources: [note, report], shown: [], asOf: '2022-01-01' }, words('en'));
    expect(none.sourcesShort).toBe('Source: Erhvervsstyrelsen, Bilag 6.2');
    expect(none.date).toBe('Status: 1 January 2022');
  });

  it('counts the analyst’s own data points and names their sources', () => {
    const own = (source: string) =>
      ({ basis: { type: 'user', source } }) as Pick<Presence, 'basis' | 'source'>;
    const basis = describeBasis(
      { sources: [note], shown: [own('A'), own('B'), own('A'), own('C'), own('D')], asOf: null },
      words('en'),
    );
    expect(basis.imported).toBe(
      'Of these, 5 are your own data points, imported in this browser (sources: A, B and 2 others).',
    );
    expect(basis.sources).toBe(
      'Source: Erhvervsstyrelsen, for bestyrelsen: “Bilag 6.2: Status” (autumn 2021).',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { foldKey } from '../text/fold';
import { nameVariants, SYNONYMS } from './synonyms';

describe('SYNONYMS', () => {
  it('has no name in two rows and no empty row', () => {
    const all = SYNONYMS.flat().map(foldKey);
    expect(new Set(all).size).toBe(all.length);
    for (const row of SYNONYMS) expect(row.length).toBeGreaterThan(1);
  });

  it.each(SYNONYMS.map((row) => [row[0], row]))('makes every spelling of %s one name', (_, row) => {
    for (const name of row) {
      const variants = nameVariants(name);
      for (const other of row) expect(variants).toContain(foldKey(other));
    }
  });
});

describe('nameVariants', () => {
  it('swaps whole words inside longer names', () => {
    expect(nameVariants('Region Sjælland')).toEqual(
      expect.arrayContaining(['region sjaelland', 'region zealand', 'region sealand']),
    );
    expect(nameVariants('Erhvervshus Sjælland')).toContain('business hub zealand');
    expect(nameVariants('København')).toEqual(expect.arrayContaining(['kobenhavn', 'copenhagen', 'kbh']));
  });

  it('does not swap parts of words', () => {
    // "fyn" inside "nordfyns" is not the word Fyn.
    expect(nameVariants('Nordfyns')).toEqual(['nordfyns']);
  });

  it('leaves letter variants to folding', () => {
    expect(nameVariants('Aarhus')).toEqual(nameVariants('Århus'));
    expect(nameVariants('Sønderborg')).toEqual(['sonderborg']);
  });
});

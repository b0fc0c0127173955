import { describe, expect, it } from 'vitest';
import { foldKey, slugify, toAscii } from './fold';

describe('foldKey', () => {
  it('treats ø typed as ø, o or oe as one letter', () => {
    const keys = ['Sønderborg', 'Sonderborg', 'Soenderborg', 'SØNDERBORG', 'sønderborg '].map(foldKey);
    expect(new Set(keys)).toEqual(new Set(['sonderborg']));
  });

  it('treats å typed as å, a or aa as one letter', () => {
    expect(foldKey('Århus')).toBe(foldKey('Aarhus'));
    expect(foldKey('Aalborg')).toBe(foldKey('Ålborg'));
  });

  it('folds æ to ae and København to the same key as Kobenhavn and Koebenhavn', () => {
    expect(foldKey('Næstved')).toBe(foldKey('Naestved'));
    expect(foldKey('København')).toBe(foldKey('Kobenhavn'));
    expect(foldKey('København')).toBe(foldKey('Koebenhavn'));
  });

  it('folds umlauts and accents (ü, é) and decomposed å', () => {
    expect(foldKey('Müller')).toBe(foldKey('Mueller'));
    expect(foldKey('Müller')).toBe(foldKey('Muller'));
    expect(foldKey('Café')).toBe('cafe');
    expect(foldKey('A\u030Arhus')).toBe(foldKey('Aarhus'));
  });

  it('ignores punctuation and case but keeps different places apart', () => {
    expect(foldKey('Femern Bælt-projektet')).toBe('femern baelt projektet');
    expect(foldKey('Odense')).not.toBe(foldKey('Odder'));
    expect(foldKey('Næstved')).not.toBe(foldKey('Nastved'));
  });
});

describe('toAscii and slugify', () => {
  it('spells Danish letters the ASCII way and keeps case', () => {
    expect(toAscii('Ærø Å Søby')).toBe('Aeroe Aa Soeby');
  });

  it('makes id fragments', () => {
    expect(slugify('Femern Bælt-projektet')).toBe('femern-baelt-projektet');
    expect(slugify('København')).toBe('koebenhavn');
    expect(slugify('  RUC ')).toBe('ruc');
  });
});

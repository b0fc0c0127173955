import { describe, expect, it } from 'vitest';
import { foldQuery, scoreKey } from './match-score';

const score = (query: string, key: string) => scoreKey(foldQuery(query), key);

describe('scoreKey', () => {
  it('ranks whole, start, word start, inside, loose and typo matches in that order', () => {
    expect(score('Sønderborg', 'sonderborg')).toBe(0);
    expect(score('Sønd', 'sonderborg')).toBe(1);
    expect(score('sjæl', 'region sjaelland')).toBe(2);
    expect(score('jylland', 'nordjylland')).toBe(3);
    expect(score('Sjalland', 'region sjaelland')).toBe(4);
    expect(score('Sondreborg', 'sonderborg')).toBe(6);
    expect(score('Vibrog', 'viborg')).toBe(6);
  });

  it('forgives Danish letters typed the ASCII way', () => {
    for (const q of ['Sonderborg', 'Soenderborg', 'Sønderborg', 'SØNDERBORG']) {
      expect(score(q, 'sonderborg')).toBe(0);
    }
    expect(score('Aarhus', 'arhus')).toBe(0);
    expect(score('Århus', 'arhus')).toBe(0);
  });

  it('does not let short queries match by typo or from inside a word', () => {
    expect(score('xy', 'odense')).toBeNull();
    expect(score('de', 'odense')).toBeNull();
    expect(score('abcd', 'odense')).toBeNull();
    expect(score('', 'odense')).toBeNull();
    expect(score('!!!', 'odense')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { factText } from './fact-text';

describe('factText', () => {
  const fact = { text: 'ørsted-projekter med CO<sub>2</sub>', en: 'Ørsted projects with CO2' };
  it('capitalises the note’s words in Danish, Danish letters included', () => {
    expect(factText(fact, 'da')).toBe('Ørsted-projekter med CO<sub>2</sub>');
  });
  it('uses the English gloss in English', () => {
    expect(factText(fact, 'en')).toBe('Ørsted projects with CO2');
  });
});

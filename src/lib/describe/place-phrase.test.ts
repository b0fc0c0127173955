import { describe, expect, it } from 'vitest';
import { notePreposition } from './place-phrase';

const at = (quote: string, place: string) => notePreposition({ quote, place });

describe('notePreposition', () => {
  it('takes the note’s own preposition before a place', () => {
    expect(at('arbejder nu på en dedikeret klyngeindsats på Sjælland.', 'Sjælland')).toBe('på');
    expect(at('samt arbejder på etablering i Midtjylland.', 'Midtjylland')).toBe('i');
    expect(
      at('tilstedeværelse på Sjælland og i relation til Femern Bælt-projektet.', 'Femern Bælt-projektet'),
    ).toBe('i relation til');
    expect(at('kontorer i Viborg, Aarhus, København og på Fyn samt', 'Fyn')).toBe('på');
  });

  it('says "i" for a town further down a list, a place the quote does not name, or a heading', () => {
    expect(at('kontorer i Albertslund, Odense, Næstved og Aalborg', 'Odense')).toBe('i');
    expect(at('kontorer i Albertslund, Odense, Næstved og Aalborg', 'Aalborg')).toBe('i');
    expect(at('Finans og fintech: Copenhagen FinTech', 'Copenhagen')).toBe('i');
    expect(at('', 'Vejle')).toBe('i');
    expect(at('et tættere samarbejde med RUC for at styrke', 'RUC')).toBe('i');
  });
});

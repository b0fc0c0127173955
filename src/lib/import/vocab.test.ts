import { describe, expect, it } from 'vitest';
import { parseKind, parsePrecision, parseStatus } from './vocab';

describe('vocabularies', () => {
  it('reads statuses as values, Danish and English labels', () => {
    expect(parseStatus('Etableret')).toBe('established');
    expect(parseStatus('established')).toBe('established');
    expect(parseStatus('Under etablering')).toBe('in-progress');
    expect(parseStatus('in progress')).toBe('in-progress');
    expect(parseStatus('Åbner snart')).toBe('opening');
    expect(parseStatus('Aabner snart')).toBe('opening');
    expect(parseStatus('Overvejes')).toBe('considering');
    expect(parseStatus('Planned')).toBe('planned');
    expect(parseStatus('maybe')).toBeUndefined();
  });

  it('reads kinds and precisions in both languages', () => {
    expect(parseKind('Hovedkontor')).toBe('head-office');
    expect(parseKind('head office')).toBe('head-office');
    expect(parseKind('kontor')).toBe('office');
    expect(parseKind('Tilstedeværelse')).toBe('presence');
    expect(parseKind('castle')).toBeUndefined();
    expect(parsePrecision('område')).toBe('area');
    expect(parsePrecision('By')).toBe('city');
    expect(parsePrecision('exact')).toBeUndefined();
  });
});

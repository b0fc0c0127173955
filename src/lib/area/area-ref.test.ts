import { describe, expect, it } from 'vitest';
import { formatAreaRef, parseAreaRef, sameArea } from './area-ref';

describe('area references', () => {
  it.each([
    ['region:1085', { kind: 'region', code: '1085' }],
    ['municipality:0360', { kind: 'municipality', code: '0360' }],
    ['erhvervshus:fyn', { kind: 'erhvervshus', code: 'fyn' }],
    ['funen:fyn', { kind: 'funen', code: 'fyn' }],
    [' Region:1085 ', { kind: 'region', code: '1085' }],
  ])('reads %s', (text, ref) => {
    expect(parseAreaRef(text)).toEqual(ref);
    expect(parseAreaRef(formatAreaRef(ref as never))).toEqual(ref);
  });

  it.each([
    '1085',
    'region:',
    'region:abc',
    'municipality:360',
    'erhvervshus:1085',
    'town:odense',
    'a:b:c',
    '',
  ])('refuses %j', (text) => expect(parseAreaRef(text)).toBeNull());

  it('compares by kind and code: Funen is not Erhvervshus Fyn', () => {
    expect(sameArea({ kind: 'funen', code: 'fyn' }, { kind: 'erhvervshus', code: 'fyn' })).toBe(false);
    expect(sameArea({ kind: 'region', code: '1085' }, { kind: 'region', code: '1085' })).toBe(true);
    expect(sameArea(null, null)).toBe(true);
  });
});

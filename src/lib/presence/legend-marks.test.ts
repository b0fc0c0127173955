import { describe, expect, it } from 'vitest';
import type { Presence } from '@/model/schema';
import { legendMarks } from './legend-marks';
import { dataset, presence } from '@/testing/presence-fixtures';

describe('legendMarks', () => {
  it('lists what the note’s presences draw', () => {
    expect(legendMarks(dataset.presences, { selected: false })).toEqual(['inferred', 'area', 'shared']);
    expect(legendMarks(dataset.presences, { selected: true })).toContain('selected');
  });

  it('leaves out what is not on the map', () => {
    const vojens = presence('food-bio-cluster-denmark--vojens');
    expect(legendMarks([vojens], { selected: false })).toEqual([]);
    expect(legendMarks([presence('clean--sjaelland')], { selected: false })).toEqual(['area']);
    // An inferred head office draws its dotted ring; an inferred area would not.
    expect(legendMarks([presence('copenhagen-fintech--copenhagen')], { selected: false })).toEqual([
      'inferred',
    ]);
    const user: Presence = { ...vojens, id: 'user--x--y', basis: { type: 'user', source: 'x' } };
    expect(legendMarks([vojens, user], { selected: false })).toEqual(['imported', 'shared']);
    // Aggregated towns (thousands of presences) are never spread on rings.
    expect(legendMarks([vojens, user], { selected: false, rings: false })).toEqual(['imported']);
  });
});

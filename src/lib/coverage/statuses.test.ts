import { describe, expect, it } from 'vitest';
import {
  ANNOUNCED_STATUSES,
  countedStatuses,
  parseStatuses,
  statusCategory,
  statusStrength,
  strongestStatus,
} from './statuses';

describe('statuses', () => {
  it('counts established by default and all five with the switch', () => {
    expect(countedStatuses(false)).toEqual(['established']);
    expect(countedStatuses(true)).toEqual(['established', ...ANNOUNCED_STATUSES]);
    expect(ANNOUNCED_STATUSES).toEqual(['opening', 'in-progress', 'planned', 'considering']);
  });
  it('finds the strongest status', () => {
    expect(strongestStatus(['considering', 'opening', 'planned'])).toBe('opening');
    expect(strongestStatus([])).toBeNull();
    expect(statusStrength('established')).toBeGreaterThan(statusStrength('considering'));
    expect(statusStrength(null)).toBe(0);
  });
  it('reads a cell as established, announced or none', () => {
    expect(statusCategory('established')).toBe('established');
    expect(statusCategory('planned')).toBe('announced');
    expect(statusCategory(null)).toBe('none');
  });
  it('parses a status list in canonical order and rejects unknown words', () => {
    expect(parseStatuses('planned, established')).toEqual(['established', 'planned']);
    expect(() => parseStatuses('established,open')).toThrow(/unknown status "open"/);
    expect(() => parseStatuses(',')).toThrow(/no statuses/);
  });
  it('never counts a closed presence, whatever is asked', () => {
    expect(countedStatuses(true)).not.toContain('closed');
    expect(ANNOUNCED_STATUSES).not.toContain('closed');
    expect(statusCategory('closed')).toBe('none');
    expect(statusStrength('closed')).toBeLessThan(statusStrength('considering'));
    expect(() => parseStatuses('established,closed')).toThrow(/"closed" never counts as present/);
  });
});

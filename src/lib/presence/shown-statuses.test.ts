import { describe, expect, it } from 'vitest';
import { shownStatuses } from './shown-statuses';

describe('shownStatuses', () => {
  it('leaves "closed" out until a presence is closed', () => {
    expect(shownStatuses([{ status: 'established' }])).not.toContain('closed');
    expect(shownStatuses([])).toEqual(['established', 'opening', 'in-progress', 'planned', 'considering']);
    expect(shownStatuses([{ status: 'planned' }, { status: 'closed' }]).at(-1)).toBe('closed');
  });
});

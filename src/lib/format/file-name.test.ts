import { describe, expect, it } from 'vitest';
import { datedFileName } from './file-name';

describe('datedFileName', () => {
  it('names files with the local date', () => {
    expect(datedFileName('kort', 'png', new Date(2026, 0, 5))).toBe('klyngekort-kort-2026-01-05.png');
    expect(datedFileName('daekning-region', 'csv', new Date(2026, 10, 27))).toBe(
      'klyngekort-daekning-region-2026-11-27.csv',
    );
  });
});

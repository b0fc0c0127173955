import { describe, expect, it } from 'vitest';
import { formatProfile, summariseProfile } from './cpu-profile';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

describe('summariseProfile', () => {
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(idle)') },
      { id: 2, callFrame: frame('spreadMarkers', 'http://x/assets/index.js', 9) },
      { id: 3, callFrame: frame('setData', 'http://x/assets/maplibre-lib.js', 99) },
      { id: 4, callFrame: frame('(garbage collector)') },
    ],
    samples: [1, 2, 2, 3, 4, 1],
    timeDeltas: [5000, 2000, 3000, 1000, 500, 5000],
  };

  it('sums self time by function and by script, largest first, idle apart', () => {
    const summary = summariseProfile(profile);
    expect(summary.totalMs).toBe(16.5);
    expect(summary.idleMs).toBe(10);
    expect(summary.byFunction).toEqual([
      { name: 'spreadMarkers index.js:10', ms: 5 },
      { name: 'setData maplibre-lib.js:100', ms: 1 },
      { name: '(garbage collector) (garbage collector):1', ms: 0.5 },
    ]);
    expect(summary.byScript[0]).toEqual({ script: 'index.js', ms: 5 });
  });

  it('reports per change', () => {
    expect(formatProfile(summariseProfile(profile), 2)).toContain('3.3 ms busy,     5.0 ms idle');
  });
});

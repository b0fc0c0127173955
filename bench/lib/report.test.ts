import { describe, expect, it } from 'vitest';
import { BUDGET, checkBudget, formatReport, inFrames, type BenchResult } from './report';

const result: BenchResult = {
  date: '2026-11-27T08:12:47.433Z',
  machine: '2 × AMD EPYC, 24 GiB, Node v20.20.2',
  runs: 5,
  idleMs: {
    app: { median: 12027, min: 1836.1, max: 12476.4, p25: 2022.3, p75: 2126.6 },
    baseline: { median: 1489.2, min: 1339.5, max: 1701, p25: 1484.7, p75: 1699.5 },
  },
  idleRatio: 1.36,
  idleRatioSpread: { median: 1.36, min: 1.02, max: 7.9, p25: 1.21, p75: 1.42 },
  gzipBytes: {
    app: { js: 582177, css: 19809, data: 182437, total: 785300 },
    baseline: { js: 435877, css: 10119, data: 167417, total: 613959 },
  },
  extraInitialGzipBytes: 171341,
  lazyPanelGzipBytes: 16120,
  lazyChunks: [
    {
      file: '/assets/share-dialog-C_OIoMfl.js',
      entry: 'src/features/share/share-dialog.tsx',
      gzipBytes: 4210,
    },
    { file: '/assets/embed-frame-oEcfZDqo.js', entry: 'src/app/embed/embed-frame.tsx', gzipBytes: 1190 },
  ],
  shaderMs: { app: 310, baseline: 240 },
  heapBytes: { app: 14113864, baseline: 9280164 },
  frameMs: { app: 110, baseline: 85 },
  filterMs: { p50: 265.7, p95: 353, samples: 56 },
  filterMs20k: { p50: 952.2, p95: 1315.5, samples: 56 },
  filterP95Ms: 353,
  filterP95Ms20k: 1315.5,
  filterP95Frames: 353 / 85,
  filterP95Frames20k: 1315.5 / 85,
  moveMs20k: { pan: { p50: 120, p95: 170, samples: 8 }, zoom: { p50: 200, p95: 260, samples: 8 } },
  lighthouse: {
    performance: 0.6,
    accessibility: 1,
    totalBlockingMs: 900,
    mainThreadMs: { scriptEvaluation: 1500, styleLayout: 120, other: 300 },
    runs: [],
  },
  lighthouseBaseline: {
    performance: 0.75,
    accessibility: 1,
    totalBlockingMs: 600,
    mainThreadMs: { scriptEvaluation: 1000, styleLayout: 20, other: 310 },
    runs: [],
  },
  lighthouseRatio: 0.8,
  budget: BUDGET,
  budgetMet: {},
};
result.budgetMet = checkBudget(result);
const report = formatReport(result);
const lines = report.split('\n');

describe('inFrames', () => {
  it('gives a time in frames of the given length', () => {
    expect(inFrames(265.7, 110)).toBe('2.4 frames');
    expect(inFrames(110, 110)).toBe('1.0 frame');
    expect(inFrames(100, 0)).toBe('? frames');
  });
});

describe('formatReport', () => {
  it('keeps the app and baseline columns apart, even with long spreads', () => {
    const header = lines.find((l) => l.includes('baseline') && l.includes('ratio'));
    const column = header?.indexOf('baseline') ?? -1;
    expect(column).toBeGreaterThan(0);
    const table = lines.filter((l) =>
      /^(first map idle|JS|CSS|data|first view|JS heap|one map frame)/.test(l),
    );
    expect(table).toHaveLength(7);
    for (const line of table) {
      // Whatever is in the app column ends before the baseline column starts, with a space between.
      expect(line[column - 1], line).toBe(' ');
      expect(line[column], line).not.toBe(' ');
    }
    expect(lines.find((l) => l.startsWith('first map idle'))).toContain('12027 ms (1836–12476)');
  });

  it('reports one frame of each page and the latencies in frames of the baseline map', () => {
    expect(lines.find((l) => l.startsWith('one map frame'))).toMatch(/110 ms +85 ms +×1\.29/);
    expect(report).toContain('p50 266 ms (3.1 frames), p95 353 ms (4.2 frames)');
    expect(report).toContain('p50 952 ms (11.2 frames), p95 1316 ms (15.5 frames)');
    expect(lines.find((l) => l.startsWith('pan 100 px'))).toContain('p95 170 ms (2.0 frames)');
  });

  it('gives the first-idle ratio with the spread of its rounds', () => {
    expect(lines.find((l) => l.startsWith('first map idle'))).toContain(
      '×1.36 ✗ (≤ 1.1; per round 1.21–1.42 IQR',
    );
  });

  it('sets the blocking time and its parts of both pages side by side, with signed differences', () => {
    expect(lines.find((l) => l.startsWith('performance'))).toMatch(/0\.60 +0\.75 +×0\.80 ✗ \(≥ 0\.95\)/);
    expect(lines.find((l) => l.startsWith('total blocking time'))).toMatch(/900 ms +600 ms +\+300 ms/);
    expect(lines.find((l) => l.includes('script evaluation'))).toMatch(/1500 ms +1000 ms +\+500 ms/);
    expect(lines.find((l) => l.startsWith('  other'))).toMatch(/300 ms +310 ms +−10 ms/);
  });

  it('lists each lazily loaded chunk with its size and the module that loads it', () => {
    expect(report).toContain('lazily loaded chunks (gzip), 5.4 kB in all:');
    expect(report).toContain(
      '4.2 kB  /assets/share-dialog-C_OIoMfl.js  ← src/features/share/share-dialog.tsx',
    );
  });
});

describe('checkBudget', () => {
  it('checks the ratios to the baseline, never an absolute time', () => {
    expect(result.budgetMet).toEqual({
      idleRatio: false,
      extraInitialGzipBytes: false,
      filterP95Frames: false,
      filterP95Frames20k: false,
      lighthouseRatio: false,
      lighthouseAccessibility: true,
    });
    const fast = checkBudget({
      ...result,
      idleRatio: 1.08,
      filterP95Frames: 1.9,
      filterP95Frames20k: 2.9,
      lighthouseRatio: 0.96,
    });
    expect(fast).toMatchObject({
      idleRatio: true,
      filterP95Frames: true,
      filterP95Frames20k: true,
      lighthouseRatio: true,
    });
  });
});

describe('the import of a register', () => {
  const withImport = (longestTaskMs: number) => {
    const r: BenchResult = {
      ...result,
      import: { rows: 20_000, readyMs: 4321, longestTaskMs, longTasks: 6 },
    };
    r.budgetMet = checkBudget(r);
    return r;
  };

  it('reports the time to ready and the longest task, against the 200 ms budget', () => {
    const line = formatReport(withImport(180))
      .split('\n')
      .find((l) => l.startsWith('import of'));
    expect(line).toBe(
      'import of a 20000-row register → ready: 4321 ms; longest main-thread task 180 ms ✓ (≤ 200 ms; 6 tasks over 50 ms)',
    );
    expect(withImport(240).budgetMet.importLongestTaskMs).toBe(false);
  });

  it('leaves the line out when the import was not measured', () => {
    expect(report).not.toContain('import of');
    expect(result.budgetMet).not.toHaveProperty('importLongestTaskMs');
  });
});

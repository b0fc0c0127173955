import { describe, expect, it } from 'vitest';
import { readScores } from './lighthouse';

describe('readScores', () => {
  it('reads the scores, the blocking time and the main thread by group, summing repeated groups', () => {
    const scores = readScores({
      categories: { performance: { score: 0.61 }, accessibility: { score: 1 } },
      audits: {
        'total-blocking-time': { numericValue: 812.5, score: 0.12 },
        'cumulative-layout-shift': { numericValue: 0.02, score: 1 },
        'mainthread-work-breakdown': {
          details: {
            items: [
              { group: 'scriptEvaluation', duration: 1200 },
              { group: 'styleLayout', duration: 80 },
              { group: 'scriptEvaluation', duration: 30 },
            ],
          },
        },
      },
    });
    expect(scores).toEqual({
      performance: 0.61,
      accessibility: 1,
      totalBlockingMs: 812.5,
      mainThreadMs: { scriptEvaluation: 1230, styleLayout: 80 },
      metrics: {
        'total-blocking-time': { value: 812.5, score: 0.12 },
        'cumulative-layout-shift': { value: 0.02, score: 1 },
      },
    });
  });

  it('marks a missing score or audit as not measured', () => {
    const scores = readScores({ categories: {}, audits: {} });
    expect(scores.performance).toBeNaN();
    expect(scores.totalBlockingMs).toBeNaN();
    expect(scores.mainThreadMs).toEqual({});
    expect(scores.metrics).toEqual({});
  });
});

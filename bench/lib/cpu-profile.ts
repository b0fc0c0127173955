/**
 * Where the main thread spends a filter change: a V8 CPU profile (Chrome DevTools Protocol) summed
 * by function and by script, self time only. Work in MapLibre's worker and the GPU process does not
 * show here; it is the part of the latency the main thread spends idle.
 */
import type { Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** V8's own entries: (idle), (program), (garbage collector). */
  idleMs: number;
  byFunction: { name: string; ms: number }[];
  byScript: { script: string; ms: number }[];
}

const IDLE = '(idle)';

/** Self time per function and per script, the largest first, `top` of each. */
export function summariseProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  let totalMs = 0;
  let idleMs = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    totalMs += ms;
    if (frame.functionName === IDLE) {
      idleMs += ms;
      return;
    }
    const script = frame.url ? (frame.url.split('/').pop() ?? frame.url) : frame.functionName;
    const name = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
  });
  const largest = <K extends string>(map: Map<string, number>, key: K) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([label, ms]) => ({ [key]: label, ms }) as { [P in K]: string } & { ms: number });
  return { totalMs, idleMs, byFunction: largest(byFunction, 'name'), byScript: largest(byScript, 'script') };
}

/** Profiles the main thread while `work` runs. */
export async function profileWhile(page: Page, work: () => Promise<void>): Promise<CpuProfile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  return profile;
}

export function formatProfile(summary: ProfileSummary, clicks: number): string {
  const per = (ms: number) => `${(ms / clicks).toFixed(1).padStart(7)} ms`;
  return [
    `main thread per filter change (${clicks} changes): ${per(summary.totalMs - summary.idleMs)} busy, ${per(summary.idleMs)} idle`,
    'by script (self time):',
    ...summary.byScript.map((s) => `  ${per(s.ms)}  ${s.script}`),
    'by function (self time):',
    ...summary.byFunction.map((f) => `  ${per(f.ms)}  ${f.name}`),
  ].join('\n');
}

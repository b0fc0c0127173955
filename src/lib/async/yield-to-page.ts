/**
 * Ends the current task and goes on in a new one, so the page can paint and answer input between
 * long runs of work (a task over 50 ms is what makes a page feel frozen).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
